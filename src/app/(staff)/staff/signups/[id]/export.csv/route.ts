import { csvResponse, toCsv } from '@/lib/csv'
import { attendanceOptions, labelOf, mobilityOptions, signupStatuses } from '@/signup/options'
import { loadOverview, staffFromRequest } from '@/signup/staff'

const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
const when = (iso?: string | null) => (iso ? beijing.format(new Date(iso)) : '')

/** One activity's sign-ups as CSV for Excel/WPS (recruitment's CSV writer: BOM, CRLF, formulas neutralised). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await staffFromRequest(request)
  if (!staff) return new Response('Unauthorized', { status: 401 })
  const o = await loadOverview(staff, Number((await params).id), 'export')
  if (!o) return new Response('Not found', { status: 404 })
  const all = [...o.confirmed, ...o.waitlisted, ...o.cancelled]
  const rows = [
    ['报名编号', '状态', '来源', '姓名', '手机号', '邮箱', '人数', '需接送', '行动情况', '忌口', '说明', '签到', '签到时间', '签退时间', '报名时间'],
    ...all.map((s) => [
      s.reference,
      labelOf(signupStatuses, s.status, 'zh'),
      s.source === 'phone' ? '电话' : '网上',
      s.name,
      s.phone,
      s.email,
      s.partySize,
      s.pickup ? '是' : '',
      labelOf(mobilityOptions, s.mobility, 'zh'),
      s.diet,
      s.note,
      labelOf(attendanceOptions, s.attendance, 'zh'),
      when(s.checkedInAt),
      when(s.checkedOutAt),
      when(s.createdAt),
    ]),
  ]
  return csvResponse(toCsv(rows), `signups-${o.activity.id}`, `报名名单-${o.activity.id}`)
}
