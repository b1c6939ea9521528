import type { Endpoint, Where } from 'payload'

import { isStaffUser } from '@/access/roles'
import { auditAs } from '@/audit'
import type { Locale } from '@/lib/content/paths'
import { csvResponse, toCsv } from '@/lib/csv'
import { availability, labelOf, skills, statuses, storedAgeRanges } from '@/recruitment/options'
import type { Application } from '@/payload-types'
import { daysWaiting } from '../hooks/daysWaiting'

const SEARCHABLE = ['reference', 'name', 'phone', 'referrer']

const beijingTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
const when = (iso?: string | null) => (iso ? beijingTime.format(new Date(iso)) : '')
const titleOf = (rel: unknown, key: 'title' | 'name') => (rel && typeof rel === 'object' ? String((rel as Record<string, unknown>)[key] ?? '') : '')

const columns: { label: Record<Locale, string>; value: (a: Application, l: Locale) => unknown }[] = [
  { label: { zh: '报名编号', en: 'Reference' }, value: (a) => a.reference },
  { label: { zh: '报名时间', en: 'Submitted' }, value: (a) => when(a.submittedAt) },
  { label: { zh: '状态', en: 'Status' }, value: (a, l) => labelOf(statuses, a.status, l) },
  { label: { zh: '等待天数', en: 'Days waiting' }, value: (a) => daysWaiting(a) },
  { label: { zh: '招募岗位', en: 'Call' }, value: (a, l) => titleOf(a.call, 'title') || (l === 'zh' ? '通用报名' : 'General') },
  { label: { zh: '姓名', en: 'Name' }, value: (a) => a.name },
  { label: { zh: '手机号', en: 'Mobile' }, value: (a) => a.phone },
  { label: { zh: '邮箱', en: 'Email' }, value: (a) => a.email },
  { label: { zh: '院落', en: 'Courtyard' }, value: (a) => titleOf(a.courtyard, 'name') },
  { label: { zh: '其他院落或住址', en: 'Other courtyard' }, value: (a) => a.courtyardOther },
  { label: { zh: '年龄段', en: 'Age' }, value: (a, l) => labelOf(storedAgeRanges, a.ageRange, l) },
  { label: { zh: '报名项目', en: 'Chosen' }, value: (a) => a.choice ?? '' },
  { label: { zh: '擅长或想做的事', en: 'Skills' }, value: (a, l) => (a.skills ?? []).map((s) => labelOf(skills, s, l)).join('；') },
  { label: { zh: '其他特长', en: 'Other skills' }, value: (a) => a.skillsNote },
  { label: { zh: '方便的时间', en: 'Availability' }, value: (a, l) => (a.availability ?? []).map((s) => labelOf(availability, s, l)).join('；') },
  { label: { zh: '介绍人', en: 'Referred by' }, value: (a) => a.referrer },
  { label: { zh: '留言', en: 'Message' }, value: (a) => a.message },
  { label: { zh: '带教老队员', en: 'Mentor' }, value: (a) => titleOf(a.mentor, 'name') },
  { label: { zh: '社工备注', en: 'Notes' }, value: (a) => a.notes },
  { label: { zh: '来源', en: 'Source' }, value: (a, l) => (a.source === 'online' ? (l === 'zh' ? '网上' : 'Online') : l === 'zh' ? '纸质' : 'Paper') },
  { label: { zh: '人机验证', en: 'Bot check' }, value: (a, l) => (a.proofOfWork ? (a.proofOfWork === 'verified' ? (l === 'zh' ? '已通过' : 'Passed') : l === 'zh' ? '未验证' : 'Not run') : '') },
]

/** GET /api/applications/export.csv?where…&sort…&search… — the admin list as filtered, for staff only. */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: req.user ? 403 : 401 })
    const locale: Locale = req.i18n?.language === 'en' ? 'en' : 'zh'
    const query = (req.query ?? {}) as { where?: Where; sort?: string; search?: string }
    const conditions: Where[] = []
    if (query.where && typeof query.where === 'object') conditions.push(query.where)
    if (typeof query.search === 'string' && query.search.trim()) {
      conditions.push({ or: SEARCHABLE.map((field) => ({ [field]: { like: query.search!.trim() } })) })
    }
    const { docs } = await req.payload.find({
      collection: 'applications',
      where: conditions.length ? { and: conditions } : undefined,
      sort: typeof query.sort === 'string' ? query.sort : '-submittedAt',
      depth: 1,
      pagination: false,
      locale,
      overrideAccess: false,
      user: req.user,
      req,
      context: auditAs('export'),
    })
    const csv = toCsv([columns.map((c) => c.label[locale]), ...docs.map((doc) => columns.map((c) => c.value(doc as Application, locale)))])
    return csvResponse(csv, 'applications', '报名')
  },
}
