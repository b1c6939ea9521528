import type { Endpoint } from 'payload'

import { activityKinds } from '@/collections/Activities/kinds'
import { csvResponse, toCsv } from '@/lib/csv'
import { teamFigures } from '../figures'
import { refuseUnlessStaff } from './http'

/** GET /api/volunteers/figures.csv — the dashboard's figures (aggregates only), for reports and fund applications. */
export const figuresCsvEndpoint: Endpoint = {
  path: '/figures.csv',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const f = await teamFigures(req.payload)
    const rows: unknown[][] = [
      ['指标 Figure', '数值 Value'],
      ['活跃志愿者 Active volunteers', f.activeVolunteers],
      ['近一年报名入队 Newcomers from applications', f.newcomers],
      ['近一年服务时长 Hours (12 months)', f.totalHours],
      ['参加服务的志愿者 Volunteers who served', f.peopleServed],
      ['近一年活动 Activities (12 months)', f.activities],
      ['新报名 New applications', f.newApplications],
      ...f.hoursPerMonth.map((m) => [`服务时长 ${m.month}`, m.hours]),
      ...f.activitiesByKind.map((k) => [`活动：${activityKinds.find((x) => x.value === k.kind)?.label.zh ?? k.kind}`, k.count]),
    ]
    return csvResponse(toCsv(rows), 'team-figures', '队伍统计')
  },
}
