import type { Endpoint } from 'payload'

import { dutyRoles } from '../options'
import { chinaDate } from '../workingDays'
import { refuseUnlessStaff } from './http'

const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const weekdays = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** The Monday (China date) of the week holding `date`. */
export function mondayOf(date: string): string {
  const t = new Date(`${date}T00:00:00.000Z`)
  const back = (t.getUTCDay() + 6) % 7
  t.setUTCDate(t.getUTCDate() - back)
  return t.toISOString().slice(0, 10)
}

const time = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(11, 16)

/** GET /api/duties/roster?week=YYYY-MM-DD — the printable weekly duty roster (值班表), Monday to Sunday. */
export const dutyRosterEndpoint: Endpoint = {
  path: '/roster',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const asked = String((req.query as { week?: string })?.week ?? '')
    const monday = mondayOf(/^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : chinaDate(new Date()))
    const from = new Date(`${monday}T00:00:00+08:00`)
    const to = new Date(from.getTime() + 7 * 864e5)
    const activities = await req.payload.find({
      collection: 'activities',
      where: { and: [{ startsAt: { greater_than_equal: from.toISOString() } }, { startsAt: { less_than: to.toISOString() } }] },
      sort: 'startsAt',
      depth: 0,
      draft: true,
      pagination: false,
      locale: 'zh',
      req,
    })
    const duties = activities.docs.length
      ? await req.payload.find({ collection: 'duties', where: { activity: { in: activities.docs.map((a) => a.id) } }, depth: 1, pagination: false, req })
      : { docs: [] }
    const settings = await req.payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0, req })
    const rows = activities.docs.flatMap((a) => {
      const own = duties.docs.filter((d) => (typeof d.activity === 'object' ? d.activity.id : d.activity) === a.id)
      const day = chinaDate(a.startsAt)
      const when = `${day.slice(5)} ${weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()]} ${time(a.startsAt)}–${time(a.endsAt)}`
      if (own.length === 0) return [`<tr><td>${escape(when)}</td><td>${escape(a.title)}</td><td>—</td><td></td><td></td></tr>`]
      return own.map((d) => {
        const names = (d.volunteers ?? []).map((v) => (typeof v === 'object' ? v.name : '')).filter(Boolean)
        const role = d.roleNote || dutyRoles.find((r) => r.value === d.role)?.label.zh || d.role
        const short = names.length < d.needed ? ` <b>缺${d.needed - names.length}人</b>` : ''
        return `<tr><td>${escape(when)}</td><td>${escape(a.title)}</td><td>${escape(role)}</td><td>${names.length}/${d.needed}${short}</td><td>${escape(names.join('、'))}</td></tr>`
      })
    })
    const sunday = new Date(to.getTime() - 864e5 + 8 * 3600_000).toISOString().slice(0, 10)
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>值班表 ${monday}</title>
<style>@page{size:A4;margin:15mm}body{font-family:"Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;font-size:14pt;color:#000}
h1{font-size:20pt;margin:0 0 4mm}p{margin:0 0 4mm}table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:2mm;text-align:left;vertical-align:top}
th{background:#eee}@media print{.noprint{display:none}}</style></head><body>
<h1>${escape(settings.teamName || '志愿服务队')} 值班表</h1><p>${monday} 至 ${sunday}</p>
<p class="noprint"><a href="?week=${mondayOf(new Date(from.getTime() - 7 * 864e5 + 8 * 3600_000).toISOString().slice(0, 10))}">上一周</a> · <a href="?week=${new Date(to.getTime() + 8 * 3600_000).toISOString().slice(0, 10)}">下一周</a> · <button onclick="print()">打印</button></p>
<table><thead><tr><th>时间</th><th>活动</th><th>岗位</th><th>人数</th><th>志愿者</th></tr></thead><tbody>
${rows.join('\n') || '<tr><td colspan="5">本周没有安排活动</td></tr>'}
</tbody></table></body></html>`
    return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } })
  },
}
