import type { PayloadRequest } from 'payload'

import { auditAs } from '@/audit'
import { activityKinds } from '@/collections/Activities/kinds'
import { toCsv } from '@/lib/csv'
import { availability, labelOf, skills } from '@/recruitment/options'
import { volunteerStatuses } from './options'

const nameOf = (rel: unknown) => (rel && typeof rel === 'object' ? String((rel as { name?: unknown }).name ?? '') : '')
const day = (iso?: string | null) => (iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10) : '')

/**
 * The roster with the fields Art. 5 of 《志愿服务记录与证明出具办法》 lists for registering a
 * volunteer (name, contact, skills, availability, joined) — for typing into the national volunteer
 * service information system by hand. The ID-card number is left out unless `withIdNumber` is asked
 * for, and then only its mask: the full number is never exported.
 */
export async function volunteersCsv(req: PayloadRequest, withIdNumber = false): Promise<string> {
  const { docs } = await req.payload.find({ collection: 'volunteers', depth: 1, pagination: false, sort: 'name', locale: 'zh', overrideAccess: false, user: req.user, req, context: auditAs('export') })
  const header = ['姓名 Name', '手机号 Mobile', '邮箱 Email', '院落 Courtyard', '状态 Status', '加入日期 Joined', '特长 Skills', '方便的时间 Availability', '带教老队员 Mentor', ...(withIdNumber ? ['身份证号（掩码）ID number (masked)'] : [])]
  const rows = docs.map((v) => [
    v.name,
    v.mobile,
    v.email,
    nameOf(v.courtyard),
    labelOf(volunteerStatuses, v.status, 'zh'),
    day(v.joinedAt),
    (v.skills ?? []).map((s) => labelOf(skills, s, 'zh')).join('；'),
    (v.availability ?? []).map((s) => labelOf(availability, s, 'zh')).join('；'),
    nameOf(v.mentor),
    ...(withIdNumber ? [v.idNumberMasked ?? ''] : []),
  ])
  return toCsv([header, ...rows])
}

/** Service records with Art. 7's fields (voided ones left out). */
export async function recordsCsv(req: PayloadRequest): Promise<string> {
  const { docs } = await req.payload.find({
    collection: 'service-records',
    where: { voided: { not_equals: true } },
    depth: 1,
    pagination: false,
    sort: 'date',
    overrideAccess: false,
    user: req.user,
    req,
    context: auditAs('export'),
  })
  const header = ['志愿者 Volunteer', '活动名称 Activity', '服务日期 Date', '地点 Place', '服务内容 Content', '服务时长（小时）Hours', '类别 Kind', '组织单位 Organiser', '负责人 Person in charge', '记录人 Recorded by', '记录时间 Recorded at']
  const rows = docs.map((r) => [
    nameOf(r.volunteer),
    r.activityName,
    day(r.date),
    r.place,
    r.content,
    r.hours,
    labelOf(activityKinds, r.kind, 'zh'),
    r.organiser,
    r.personInCharge,
    nameOf(r.recordedBy),
    day(r.recordedAt),
  ])
  return toCsv([header, ...rows])
}
