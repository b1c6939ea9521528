import type { Endpoint } from 'payload'

import { csvResponse } from '@/lib/csv'
import { recordsCsv, volunteersCsv } from '../export'
import { refuseUnlessStaff } from './http'

/** GET /api/volunteers/export.csv[?idNumber=masked] */
export const exportVolunteersCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => refuseUnlessStaff(req) ?? csvResponse(await volunteersCsv(req, (req.query as { idNumber?: string })?.idNumber === 'masked'), 'volunteers', '志愿者名册'),
}

/** GET /api/service-records/export.csv */
export const exportRecordsCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => refuseUnlessStaff(req) ?? csvResponse(await recordsCsv(req), 'service-records', '志愿服务记录'),
}
