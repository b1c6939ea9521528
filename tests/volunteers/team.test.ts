import pg from 'pg'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { siteUrl } from '@/lib/content/paths'
import { certificatePdf } from '@/volunteers/certificates'
import { deadlineText } from '@/volunteers/deadlineText'
import { decryptIdNumber } from '@/volunteers/idNumber'
import { recordsForToken } from '@/volunteers/ownLink'
import { signUp, recordAttendance } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { activitiesToRecord, CHECKED_IN_ROLE, recordActivity, recordingDefaults } from '@/volunteers/recording'
import { teamFigures } from '@/volunteers/figures'
import { demoTeamNames, seedTeam } from '@/volunteers/seed'
import { verifyCertificate } from '@/volunteers/verify'
import { addWorkingDays, chinaDate, isWorkingDay, recordingDeadline, workingDaysBetween } from '@/volunteers/workingDays'
import { decodeQr, pdfText, renderPage } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'
import { createTeamUsers, type TeamUsers } from '../helpers/users'

const squash = (s: string) => s.replace(/\s+/g, '')
const uniq = () => Math.random().toString(36).slice(2, 8)
let payload: Payload
let users: TeamUsers
let db: pg.Client

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  db = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { teamName: '老顽童之家志愿服务队', recordingUnit: '伏龙社区居民委员会', address: '伏龙社区老顽童之家' } })
})

const staffReq = async () => ({ payload, user: { ...users.editor, collection: 'users' as const }, context: {} }) as never

async function volunteer(name: string, extra: Record<string, unknown> = {}) {
  return payload.create({ collection: 'volunteers', data: { name: `${name}${uniq()}`, mobile: '13800001111', status: 'core', ...extra } as never, user: users.editor, overrideAccess: false })
}

async function activity(title: string, startsAt: string, endsAt: string, kind = 'tea-service') {
  return payload.create({
    collection: 'activities',
    data: { title: `${title}${uniq()}`, kind, startsAt, endsAt, place: '老顽童之家', summary: '陪老人喝茶聊天', organiser: '老顽童之家志愿服务队', _status: 'published' } as never,
    context: { disableRevalidate: true },
  })
}

describe('working days (Art. 11) with the 2026 holiday calendar', () => {
  it('knows holidays and the weekend days made working days', () => {
    expect(isWorkingDay('2026-10-01')).toBe(false)
    expect(isWorkingDay('2026-10-10')).toBe(true) // Saturday, 调休上班
    expect(isWorkingDay('2026-02-14')).toBe(true)
    expect(isWorkingDay('2026-02-18')).toBe(false)
    expect(isWorkingDay('2026-12-05')).toBe(false) // an ordinary Saturday
    expect(isWorkingDay('2026-12-07')).toBe(true)
  })
  it('counts 10 working days after the end day, skipping the National Day week', () => {
    // 30 Sep (Wed): 8, 9, 10 (Sat, working), 12–16, 19, 20 October
    expect(addWorkingDays('2026-09-30', 10)).toBe('2026-10-20')
    // 12 Feb (Thu): 13, 14 (Sat, working), 24–27, 28 (Sat, working), 2–4 March
    expect(addWorkingDays('2026-02-12', 10)).toBe('2026-03-04')
    expect(workingDaysBetween('2026-09-30', '2026-10-20')).toBe(10)
    expect(workingDaysBetween('2026-10-20', '2026-09-30')).toBe(-10)
  })
  it('gives the deadline in China time and how many working days are left', () => {
    const d = recordingDeadline('2026-09-30T10:00:00.000Z', new Date('2026-10-08T02:00:00.000Z'))
    expect(d).toEqual({ endedOn: '2026-09-30', lastDay: '2026-10-20', workingDaysLeft: 9, overdue: false })
    expect(recordingDeadline('2026-09-30T10:00:00.000Z', new Date('2026-10-21T02:00:00.000Z')).overdue).toBe(true)
    expect(chinaDate('2026-12-01T17:00:00.000Z')).toBe('2026-12-02')
  })
})

describe('the roster', () => {
  it('keeps an ID-card number only with consent, encrypted at rest, masked when read', async () => {
    await expect(volunteer('无同意', { idNumber: '510124195001011234' })).rejects.toMatchObject({ status: 400 })
    const v = await volunteer('骆叔', { idConsent: true, idNumber: '510124195001011234' })
    expect(v.idNumberMasked).toBe('510***********1234')
    expect((v as unknown as Record<string, unknown>).idNumberCipher).toBeUndefined()
    expect((v as unknown as Record<string, unknown>).idNumber).toBeUndefined()
    const row = (await db.query('select * from volunteers where id = $1', [v.id])).rows[0] as Record<string, unknown>
    const stored = JSON.stringify(row)
    expect(stored).not.toContain('510124195001011234')
    expect(String(row.id_number_cipher)).toMatch(/^v1:/)
    expect(decryptIdNumber(String(row.id_number_cipher))).toBe('510124195001011234')
    // Withdrawing consent erases it.
    await payload.update({ collection: 'volunteers', id: v.id, data: { idConsent: false }, user: users.editor, overrideAccess: false })
    const after = (await db.query('select id_number_cipher, id_number_masked from volunteers where id = $1', [v.id])).rows[0]
    expect(after).toEqual({ id_number_cipher: null, id_number_masked: null })
  })

  it('links mentor and mentees (a join)', async () => {
    const mentor = await volunteer('彩虹奶奶')
    const newcomer = await volunteer('新人', { mentor: mentor.id, status: 'occasional' })
    const found = await payload.findByID({ collection: 'volunteers', id: mentor.id, depth: 0, user: users.editor, overrideAccess: false })
    expect(((found.mentees as { docs: unknown[] }).docs ?? []).map((d) => (typeof d === 'object' ? (d as { id: number }).id : d))).toContain(newcomer.id)
  })

  it('accepting an application makes the volunteer from what was typed, with the mentor, and links the two', async () => {
    const mentor = await volunteer('陈大姐')
    const application = await payload.create({
      collection: 'applications',
      data: { name: '王新人', phone: '13900002222', email: 'wang@example.com', source: 'paper', consent: { onPaper: true }, skills: ['cooking'], availability: ['weekends'], referrer: '陈大姐', mentor: mentor.id } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const accepted = await payload.update({ collection: 'applications', id: application.id, data: { status: 'accepted' }, user: users.editor, overrideAccess: false, depth: 0 })
    const linked = (accepted as { volunteer?: number }).volunteer
    expect(linked).toBeTruthy()
    const v = await payload.findByID({ collection: 'volunteers', id: linked!, depth: 0 })
    expect(v).toMatchObject({ name: '王新人', mobile: '13900002222', email: 'wang@example.com', mentor: mentor.id, skills: ['cooking'], availability: ['weekends'] })
    const again = await payload.findByID({ collection: 'applications', id: application.id, depth: 0 })
    expect(again.volunteer).toBe(linked)
    // Saving it again does not make a second volunteer.
    await payload.update({ collection: 'applications', id: application.id, data: { notes: '已入队' }, user: users.editor, overrideAccess: false })
    const count = await db.query("select count(*)::int as n from volunteers where name = '王新人'")
    expect(count.rows[0].n).toBe(1)
  })
})

describe('the deadline as staff read it', () => {
  it('counts working days left, and past the last day says how many over, never a negative number left', () => {
    expect(deadlineText({ lastDay: '2026-12-15', workingDaysLeft: 8, overdue: false })).toBe('还剩 8 个工作日（最后一天 2026-12-15）')
    expect(deadlineText({ lastDay: '2026-10-30', workingDaysLeft: -24, overdue: true })).toBe('已超过期限 24 个工作日（最后一天 2026-10-30）')
    expect(deadlineText({ lastDay: '2026-10-30', workingDaysLeft: -24, overdue: true }, 'en')).toBe('24 working days overdue (last day 2026-10-30)')
  })
})

describe('service records', () => {
  it('an activity is recorded in one step from its duties and times; the to-record list and deadline follow', async () => {
    const ended = new Date(Date.now() - 2 * 864e5)
    const a = await activity('公益茶座', new Date(ended.getTime() - 2.5 * 3600e3).toISOString(), ended.toISOString())
    const other = await activity('另一场茶座', new Date(ended.getTime() - 3600e3).toISOString(), ended.toISOString())
    const [luo, cai, third] = [await volunteer('骆叔'), await volunteer('彩虹奶奶'), await volunteer('张姐')]
    await payload.create({ collection: 'duties', data: { activity: a.id, role: 'door', needed: 1, volunteers: [luo.id] }, user: users.editor, overrideAccess: false })
    await payload.create({ collection: 'duties', data: { activity: a.id, role: 'tea', needed: 3, volunteers: [cai.id, luo.id] }, user: users.editor, overrideAccess: false })

    const waiting = await activitiesToRecord(payload)
    const mine = waiting.find((w) => w.id === a.id)
    expect(mine?.deadline.lastDay).toBe(addWorkingDays(chinaDate(ended), 10))
    expect(mine?.deadline.workingDaysLeft).toBe(workingDaysBetween(chinaDate(new Date()), mine!.deadline.lastDay))

    const defaults = await recordingDefaults(payload, a.id)
    expect(defaults!.hours).toBe(2.5)
    expect(defaults!.entries.map((e) => [e.volunteer, e.hours]).sort()).toEqual([[luo.id, 2.5], [cai.id, 2.5]].sort())
    expect(defaults!.entries.find((e) => e.volunteer === luo.id)!.role).toBe('开门值班、茶座')

    const req = await staffReq()
    const first = await recordActivity(req, a.id, [...defaults!.entries.map((e) => ({ volunteer: e.volunteer, hours: e.volunteer === cai.id ? 2 : e.hours, role: e.role })), { volunteer: third.id, hours: 1 }])
    expect(first.created).toHaveLength(3)
    const second = await recordActivity(req, a.id, [{ volunteer: luo.id, hours: 2.5 }])
    expect(second).toEqual({ created: [], skipped: [luo.id] })

    const rows = (await db.query('select volunteer_id, activity_name, hours::float8 as hours, place, content, organiser, person_in_charge, recorded_by_id, recorded_at, kind from service_records where activity_id = $1 order by volunteer_id', [a.id])).rows
    expect(rows).toHaveLength(3)
    expect(rows.find((r) => r.volunteer_id === cai.id)).toMatchObject({ hours: 2, place: '老顽童之家', organiser: '老顽童之家志愿服务队', person_in_charge: users.editor.name, recorded_by_id: users.editor.id, kind: 'tea-service' })
    expect(rows[0].activity_name).toBe(a.title)
    expect(rows[0].recorded_at).toBeTruthy()

    const after = await activitiesToRecord(payload)
    expect(after.some((w) => w.id === a.id)).toBe(false)
    expect(after.some((w) => w.id === other.id)).toBe(true)
  })

  it('takes the volunteers checked in at the door from the sign-ups, matched by mobile number', async () => {
    const start = new Date(Date.now() + 864e5)
    const a = await activity('冬至家宴', start.toISOString(), new Date(start.getTime() + 2 * 3600e3).toISOString(), 'festival')
    await payload.update({ collection: 'activities', id: a.id, data: { capacity: 10, signup: { enabled: true } } as never, context: { disableRevalidate: true } })
    const mobile = (n: number) => `139${String(Date.now()).slice(-8, -1)}${n}`
    const [came, absent, onDuty] = [await volunteer('来了的', { mobile: mobile(1) }), await volunteer('没来的', { mobile: mobile(2) }), await volunteer('值班的', { mobile: mobile(3) })]
    await payload.create({ collection: 'duties', data: { activity: a.id, role: 'door', needed: 1, volunteers: [onDuty.id] }, user: users.editor, overrideAccess: false })
    const pool = databasePool(payload)
    const signed = async (v: { name: string; mobile?: string | null }) => {
      const outcome = await signUp(pool, { activityId: a.id, name: v.name, phone: v.mobile!, partySize: 1 })
      if (outcome.kind !== 'confirmed') throw new Error(`sign-up ${outcome.kind}`)
      return outcome.id
    }
    await recordAttendance(pool, await signed(came), 'attended')
    await recordAttendance(pool, await signed(absent), 'noShow')
    await recordAttendance(pool, await signed(onDuty), 'attended')
    await signUp(pool, { activityId: a.id, name: '邻居（不是志愿者）', phone: mobile(4), partySize: 1 })
    const defaults = await recordingDefaults(payload, a.id)
    expect(defaults!.entries.map((e) => [e.volunteer, e.role, e.hours]).sort()).toEqual([[came.id, CHECKED_IN_ROLE, 2], [onDuty.id, '开门值班', 2]].sort())
  })

  it('a correction needs a reason and keeps who, when and why; records are never deleted', async () => {
    const v = await volunteer('记录')
    const r = await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '包饺子', date: '2026-11-20T02:00:00.000Z', hours: 2, kind: 'festival' }, user: users.editor, overrideAccess: false })
    expect(r.recordedBy).toMatchObject({ id: users.editor.id })
    await expect(payload.update({ collection: 'service-records', id: r.id, data: { hours: 3 }, user: users.editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
    const fixed = await payload.update({ collection: 'service-records', id: r.id, data: { hours: 3, correctionReason: '签退表上写的是3小时' } as never, user: users.admin, overrideAccess: false, depth: 0 })
    expect(fixed.hours).toBe(3)
    expect(fixed.corrections).toHaveLength(1)
    expect(fixed.corrections![0]).toMatchObject({ by: users.admin.id, reason: '签退表上写的是3小时', changes: 'hours: 2 → 3' })
    expect(fixed.recordedBy).toBe(users.editor.id)
    await expect(payload.delete({ collection: 'service-records', id: r.id, user: users.admin, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    await expect(db.query('delete from service_records where id = $1', [r.id])).rejects.toThrow(/cannot be deleted/)
  })

  it('a training activity makes a training record, listed on the volunteer', async () => {
    const v = await volunteer('培训')
    await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '志愿者培训：陪伴技巧', date: '2026-06-10T02:00:00.000Z', hours: 2, kind: 'training' }, user: users.editor, overrideAccess: false })
    await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '茶座', date: '2026-06-11T02:00:00.000Z', hours: 2, kind: 'tea-service' }, user: users.editor, overrideAccess: false })
    const found = await payload.findByID({ collection: 'volunteers', id: v.id, depth: 1 })
    const trainings = (found.trainings as { docs: { activityName: string; isTraining: boolean }[] }).docs
    expect(trainings.map((t) => t.activityName)).toEqual(['志愿者培训：陪伴技巧'])
  })
})

describe('certificates and the private link', () => {
  it('issues an immutable snapshot whose PDF holds the name, hours and number, with a QR of /verify/<number>; revocation is recorded', async () => {
    const v = await volunteer('骆')
    const name = v.name
    for (const [date, hours, kind] of [['2026-03-05T02:00:00.000Z', 3, 'tea-service'], ['2026-04-10T02:00:00.000Z', 2.5, 'festival'], ['2026-05-01T02:00:00.000Z', 1.5, 'tea-service'], ['2025-12-01T02:00:00.000Z', 9, 'tea-service']] as const) {
      await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '服务', date, hours, kind }, user: users.editor, overrideAccess: false })
    }
    const c = await payload.create({ collection: 'certificates', data: { volunteer: v.id, periodFrom: '2026-01-01', periodTo: '2026-12-31' } as never, user: users.editor, overrideAccess: false })
    expect(c.number).toMatch(/^LL-2026-[A-Z0-9]{6}$/)
    expect(c).toMatchObject({ name, totalHours: 7, teamName: '老顽童之家志愿服务队', recordingUnit: '伏龙社区居民委员会' })
    expect(c.byKind).toEqual([
      { kind: 'tea-service', label: '公益茶座', count: 2, hours: 4.5 },
      { kind: 'festival', label: '节日活动', count: 1, hours: 2.5 },
    ])
    // A later record does not change an issued certificate.
    await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '服务', date: '2026-06-01T02:00:00.000Z', hours: 4, kind: 'other' }, user: users.editor, overrideAccess: false })
    await expect(payload.update({ collection: 'certificates', id: c.id, data: { periodTo: '2027-01-31' } as never, user: users.editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
    const same = await payload.update({ collection: 'certificates', id: c.id, data: { revokeReason: '' } as never, user: users.editor, overrideAccess: false })
    expect(same.totalHours).toBe(7)

    const pdf = await certificatePdf({ number: c.number!, name: c.name!, totalHours: c.totalHours!, teamName: c.teamName!, recordingUnit: c.recordingUnit!, byKind: c.byKind as never, periodFrom: '2026-01-01', periodTo: '2026-12-31', issuedAt: chinaDate(c.issuedAt!) })
    const { text } = await pdfText(pdf)
    for (const expected of [name, '7小时', c.number!, '伏龙社区居民委员会', '公益茶座：2次，4.5小时']) expect(squash(text)).toContain(squash(expected))
    expect(await decodeQr(renderPage(pdf, 1, 100))).toBe(`${siteUrl()}/verify/${c.number}`)

    const check = await verifyCertificate(payload, c.number!)
    expect(check).toMatchObject({ maskedName: `${Array.from(name)[0]}${'*'.repeat(Array.from(name).length - 1)}`, totalHours: 7, periodFrom: '2026-01-01', periodTo: '2026-12-31', issuer: '伏龙社区居民委员会', revoked: false })
    expect(JSON.stringify(check)).not.toContain(name)

    await expect(payload.update({ collection: 'certificates', id: c.id, data: { revoke: true } as never, user: users.editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
    const revoked = await payload.update({ collection: 'certificates', id: c.id, data: { revoke: true, revokeReason: '时长统计有误' } as never, user: users.admin, overrideAccess: false, depth: 0 })
    expect(revoked).toMatchObject({ revokeReason: '时长统计有误', revokedBy: users.admin.id, totalHours: 7 })
    expect((await verifyCertificate(payload, c.number!))!.revoked).toBe(true)
    await expect(db.query('delete from certificates where id = $1', [c.id])).rejects.toThrow(/cannot be deleted/)
  })

  it("the volunteer's link shows only their own records, and a renewed link replaces the old one", async () => {
    const [me, other] = [await volunteer('我'), await volunteer('别人')]
    await payload.create({ collection: 'service-records', data: { volunteer: me.id, activityName: '我的茶座', date: '2026-07-01T02:00:00.000Z', hours: 2, kind: 'tea-service' }, user: users.editor, overrideAccess: false })
    await payload.create({ collection: 'service-records', data: { volunteer: other.id, activityName: '别人的茶座', date: '2026-07-01T02:00:00.000Z', hours: 5, kind: 'tea-service' }, user: users.editor, overrideAccess: false })
    expect(me.linkToken).toMatch(/^[A-Za-z0-9_-]{24}$/)
    const mine = await recordsForToken(payload, me.linkToken!)
    expect(mine).toMatchObject({ name: me.name, totalHours: 2 })
    expect(mine!.records.map((r) => r.activityName)).toEqual(['我的茶座'])
    await payload.update({ collection: 'volunteers', id: me.id, data: {}, context: { renewLinkToken: true } })
    expect(await recordsForToken(payload, me.linkToken!)).toBeNull()
  })
})

describe('the demo team and the dashboard figures', () => {
  it('seeds the team as the case describes it, once, in bulk', async () => {
    // The demo content's seed (tests/signup/seed.test.ts) also seeds the team into this shared database: run
    // after it, this call finds the team there and writes nothing, and only the "once" part can be checked.
    const seededBefore = (await payload.count({ collection: 'volunteers', where: { name: { equals: '骆叔' } } })).totalDocs > 0
    const started = Date.now()
    const written = await seedTeam(payload)
    if (!seededBefore) {
      expect(written).toBeGreaterThan(500)
      expect(Date.now() - started).toBeLessThan(20_000)
    }
    expect(await seedTeam(payload)).toBe(0)
    const core = await payload.count({ collection: 'volunteers', where: { and: [{ status: { equals: 'core' } }, { name: { in: demoTeamNames.core } }] } })
    expect(core.totalDocs).toBe(14)
    const luo = (await payload.find({ collection: 'volunteers', where: { name: { equals: '骆叔' } }, depth: 1 })).docs[0]
    expect((luo.mentor as { name: string }).name).toBe('彩虹奶奶')
    const occasional = await payload.count({ collection: 'volunteers', where: { and: [{ status: { in: ['occasional', 'paused'] } }, { mentor: { exists: true } }, { name: { in: demoTeamNames.occasional } }] } })
    expect(occasional.totalDocs).toBe(20)
    const luoRecords = await payload.find({ collection: 'service-records', where: { volunteer: { equals: luo.id } }, limit: 1, depth: 0 })
    expect(luoRecords.totalDocs).toBeGreaterThan(90)
  })

  it("the dashboard's figures equal counts over the Local API", async () => {
    const now = new Date()
    // An activity of this week that takes sign-ups, with people signed up and waiting, so the week's list has one to check.
    const week = await activity('本周报名', now.toISOString(), new Date(now.getTime() + 3600e3).toISOString())
    await payload.update({ collection: 'activities', id: week.id, data: { capacity: 2, signup: { enabled: true } } as never, context: { disableRevalidate: true } })
    for (const partySize of [2, 1, 2]) await signUp(databasePool(payload), { activityId: week.id, name: '本周的邻居', phone: `137${String(Math.random()).slice(2, 10)}`, partySize, now: new Date(now.getTime() - 60e3) })
    const f = await teamFigures(payload, now)
    expect(f.thisWeek.find((a) => a.id === week.id)).toMatchObject({ signupEnabled: true, capacity: 2, signedUp: 2, waiting: 3 })
    const since = new Date(now.getTime() - 365 * 864e5).toISOString()
    const active = await payload.count({ collection: 'volunteers', where: { and: [{ status: { in: ['core', 'regular', 'occasional'] } }, { anonymisedAt: { exists: false } }] } })
    expect(f.activeVolunteers).toBe(active.totalDocs)
    const records = await payload.find({ collection: 'service-records', where: { and: [{ voided: { not_equals: true } }, { date: { greater_than_equal: since } }, { date: { less_than_equal: now.toISOString() } }] }, pagination: false, depth: 0, select: { hours: true, volunteer: true } })
    const hours = records.docs.reduce((s, r) => s + Number(r.hours), 0)
    expect(f.totalHours).toBeCloseTo(Math.round(hours * 10) / 10, 5)
    expect(f.hoursPerMonth.reduce((s, m) => s + m.hours, 0)).toBeCloseTo(hours, 5)
    expect(f.peopleServed).toBe(new Set(records.docs.map((r) => r.volunteer)).size)
    const activities = await payload.count({ collection: 'activities', where: { and: [{ startsAt: { greater_than_equal: since } }, { startsAt: { less_than_equal: now.toISOString() } }] } })
    expect(f.activities).toBe(activities.totalDocs)
    const fresh = await payload.count({ collection: 'applications', where: { and: [{ status: { equals: 'new' } }, { anonymisedAt: { exists: false } }] } })
    expect(f.newApplications).toBe(fresh.totalDocs)
    expect(f.newcomers).toBeGreaterThanOrEqual(1) // 王新人, accepted above
    for (const a of f.thisWeek) {
      const signups = await payload.find({ collection: 'signups', where: { activity: { equals: a.id } }, pagination: false, depth: 0, select: { status: true, partySize: true } })
      const persons = (status: string) => signups.docs.filter((s) => s.status === status).reduce((n, s) => n + Number(s.partySize), 0)
      expect([a.signedUp, a.waiting], a.title).toEqual([persons('confirmed'), persons('waitlisted')])
    }
  })
})
