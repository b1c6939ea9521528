import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cancelSignup, changePartySize, confirmFromWaitlist, countSignups, recordAttendance, signUp, type SignupInput } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { anonymiseExpiredSignups } from '@/signup/jobs/anonymiseSignups'
import { reminderTime } from '@/signup/jobs/reminders'
import { signupUrl } from '@/signup/paths'
import { getTestPayload } from '../helpers/payload'
import { recipients, startSmtp, type TestSmtp } from '../recruitment/helpers/smtp'
import { createSignupActivity, DAY, HOUR, randomPhone, unique } from './fixtures'

const QUEUE = 'signup-core-test'
let payload: Payload
let pool: Pool
let smtp: TestSmtp
const promote = { moveUpCutoffHours: 24 }

const person = (activityId: number, extra: Partial<SignupInput> = {}): SignupInput => ({
  activityId,
  name: '张大爷',
  phone: randomPhone(),
  partySize: 1,
  ...extra,
})
const runJobs = async () => {
  for (let i = 0; i < 5; i++) {
    const result = await payload.jobs.run({ queue: QUEUE, limit: 200 })
    if (!result.jobStatus || Object.keys(result.jobStatus).length === 0) break
  }
}
const email = () => `${unique('resident')}@test.linli.local`
const statusOf = async (id: number) => (await pool.query('select status, to_phone, to_phone_reason from signups where id = $1', [id])).rows[0]

beforeAll(async () => {
  smtp = await startSmtp()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', LINLI_JOBS_QUEUE: QUEUE, MAIL_RETRY_DELAY_MS: '100' })
  payload = await getTestPayload()
  pool = databasePool(payload)
  await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { teamName: '老顽童之家志愿服务队', contactPhone: '028-87654321' } })
})
afterAll(async () => {
  await smtp?.stop()
})

describe('places and the waiting list', () => {
  it('confirms while places last, then waitlists in order; the same phone twice is told it is already signed up', async () => {
    const a = await createSignupActivity(payload, { capacity: 3 })
    const first = await signUp(pool, person(a.id, { partySize: 2 }))
    expect(first.kind).toBe('confirmed')
    const phone = randomPhone()
    const second = await signUp(pool, person(a.id, { phone }))
    expect(second.kind).toBe('confirmed')
    const third = await signUp(pool, person(a.id))
    const fourth = await signUp(pool, person(a.id, { partySize: 2 }))
    expect([third.kind, fourth.kind]).toEqual(['waitlisted', 'waitlisted'])
    const again = await signUp(pool, person(a.id, { phone, partySize: 2 }))
    expect(again).toMatchObject({ kind: 'already', partySize: 1, status: 'confirmed' })
    expect(await countSignups(pool, a.id)).toMatchObject({ confirmed: 3, waitlisted: 3, waitlistedParties: 2 })
    expect((await signUp(pool, person(a.id, { partySize: 3 }))).kind).toBe('tooLarge')
  })

  it('never oversells: 60 parties of 1–2 racing for 20 places leave exactly 20 persons confirmed', async () => {
    const a = await createSignupActivity(payload, { capacity: 20 })
    const outcomes = await Promise.all(Array.from({ length: 60 }, (_, i) => signUp(pool, person(a.id, { partySize: (i % 2) + 1 }))))
    const counts = await countSignups(pool, a.id)
    expect(counts.confirmed).toBe(20)
    expect(outcomes.filter((o) => o.kind === 'confirmed').length + outcomes.filter((o) => o.kind === 'waitlisted').length).toBe(60)
    // The waiting list is in arrival order: ids were given under the lock.
    const { rows } = await pool.query("select id from signups where activity_id = $1 and status = 'waitlisted' order by id", [a.id])
    expect(rows.length).toBe(counts.waitlistedParties)
  })

  it('held-back places are for phone sign-ups only', async () => {
    const a = await createSignupActivity(payload, { capacity: 4, signup: { heldForPhone: 2 } })
    expect((await signUp(pool, person(a.id, { partySize: 2 }))).kind).toBe('confirmed')
    expect((await signUp(pool, person(a.id))).kind).toBe('waitlisted')
    const byPhone = await signUp(pool, person(a.id, { partySize: 2, source: 'phone' }))
    expect(byPhone.kind).toBe('confirmed')
    expect((await countSignups(pool, a.id)).confirmed).toBe(4)
    expect((await signUp(pool, person(a.id, { source: 'phone' }))).kind).toBe('waitlisted')
  })

  it('closes at the deadline and for an activity not taking sign-ups', async () => {
    const a = await createSignupActivity(payload, { signup: { deadline: new Date(Date.now() - HOUR).toISOString() } })
    expect(await signUp(pool, person(a.id))).toEqual({ kind: 'closed', reason: 'deadline' })
    // Staff may still take a phone call until the start.
    expect((await signUp(pool, person(a.id, { source: 'phone' }))).kind).toBe('confirmed')
    const off = await createSignupActivity(payload, { signup: { enabled: false } })
    expect(await signUp(pool, person(off.id))).toEqual({ kind: 'closed', reason: 'notOpen' })
  })

  it('a repeated submission (same idempotency key) returns the first sign-up', async () => {
    const a = await createSignupActivity(payload)
    const key = unique('key')
    const one = await signUp(pool, person(a.id, { idempotencyKey: key }))
    const two = await signUp(pool, person(a.id, { idempotencyKey: key }))
    expect(two).toMatchObject({ reference: (one as { reference: string }).reference, repeat: true })
    expect((await countSignups(pool, a.id)).confirmed).toBe(1)
  })
})

describe('moving up', () => {
  it('cancelling by the private link moves the first waiting party that fits up, mails it and puts it on the to-phone list', async () => {
    const a = await createSignupActivity(payload, { capacity: 2 })
    const holder = await signUp(pool, person(a.id, { partySize: 2 }))
    const big = await signUp(pool, person(a.id, { partySize: 2, email: email() }))
    const waitingEmail = email()
    const small = await signUp(pool, person(a.id, { name: '李奶奶', email: waitingEmail }))
    if (holder.kind !== 'confirmed' || big.kind !== 'waitlisted' || small.kind !== 'waitlisted') throw new Error('setup')
    expect(await cancelSignup(pool, { reference: holder.reference, token: 'wrong-token' }, promote)).toEqual({ kind: 'notFound' })
    const cancelled = await cancelSignup(pool, { reference: holder.reference, token: holder.token }, promote)
    // The first party (2 persons) fits the 2 freed places and moves up; the second keeps waiting.
    expect(cancelled).toMatchObject({ kind: 'cancelled', wasStatus: 'confirmed', promoted: [big.id] })
    expect(await statusOf(big.id)).toMatchObject({ status: 'confirmed', to_phone: true, to_phone_reason: 'movedUp' })
    expect((await statusOf(small.id)).status).toBe('waitlisted')
    await runJobs()
    const moved = await smtp.waitFor((m) => (m.subject ?? '').includes(big.reference) && (m.subject ?? '').includes('候补转正'))
    expect(moved.subject).toContain('候补转正')
    expect(moved.text).toContain(signupUrl(big.reference, big.token))
    expect(moved.text).toContain('028-87654321')
    const waitingMail = await smtp.waitFor((m) => recipients(m).includes(waitingEmail))
    expect(waitingMail.subject).toContain('已排入候补')
    // Shrinking the confirmed party frees one place: the small party moves up.
    const shrink = await changePartySize(pool, { reference: big.reference, token: big.token }, 1, promote)
    expect(shrink).toMatchObject({ kind: 'changed', promoted: [small.id] })
    expect(await changePartySize(pool, { reference: big.reference, token: big.token }, 2, promote)).toEqual({ kind: 'noRoom', placesLeft: 0 })
  })

  it('from 24 h before the start nothing moves by itself; staff move people by hand', async () => {
    const a = await createSignupActivity(payload, { capacity: 1, inDays: 0.5 })
    const holder = await signUp(pool, person(a.id))
    const waiting = await signUp(pool, person(a.id))
    if (holder.kind !== 'confirmed' || waiting.kind !== 'waitlisted') throw new Error('setup')
    expect(await cancelSignup(pool, { id: holder.id }, promote)).toMatchObject({ kind: 'cancelled', promoted: [] })
    // A newcomer online does not take the place the waiting party is owed.
    expect((await signUp(pool, person(a.id))).kind).toBe('waitlisted')
    expect(await confirmFromWaitlist(pool, waiting.id)).toEqual({ kind: 'confirmed' })
    expect((await countSignups(pool, a.id)).confirmed).toBe(1)
  })

  it('raising the capacity in the admin moves the waiting list up once the edit is committed', async () => {
    const a = await createSignupActivity(payload, { capacity: 1 })
    await signUp(pool, person(a.id))
    const waiting = await signUp(pool, person(a.id, { email: email() }))
    await payload.update({ collection: 'activities', id: a.id, data: { capacity: 2, _status: 'published' }, overrideAccess: true })
    await runJobs()
    expect((await statusOf(waiting.kind === 'waitlisted' ? waiting.id : -1)).status).toBe('confirmed')
  })
})

describe('reminders and notices', () => {
  it('the reminder leaves the day before at the configured Beijing time; a moved activity moves it; a cancelled one sends the cancellation and no reminder', async () => {
    await payload.updateGlobal({ slug: 'signup-settings', data: { reminderTime: '17:30', moveUpCutoffHours: 24, retentionDays: 90 } })
    const a = await createSignupActivity(payload, { capacity: 5, inDays: 5 })
    const withMail = email()
    const s = await signUp(pool, person(a.id, { email: withMail }))
    const noMail = await signUp(pool, person(a.id, { name: '没邮箱的王伯' }))
    if (s.kind !== 'confirmed' || noMail.kind !== 'confirmed') throw new Error('setup')
    await runJobs()
    const reminderJobs = async () =>
      (await pool.query("select id, wait_until, input from payload_jobs where task_slug = 'sendSignupReminders' and (input->>'activityId')::int = $1 and completed_at is null order by id", [a.id])).rows
    const [job] = await reminderJobs()
    expect(new Date(job.wait_until).toISOString()).toBe(reminderTime(a.startsAt, '17:30').toISOString())
    // 17:30 in Beijing is 09:30 UTC, the day before the start's Beijing date.
    expect(new Date(job.wait_until).getUTCHours()).toBe(9)
    expect(new Date(job.wait_until).getUTCMinutes()).toBe(30)

    // Staff move the activity one day later: everyone with an email is told at once, the others go on the to-phone list.
    const later = new Date(Date.parse(a.startsAt) + DAY).toISOString()
    await payload.update({ collection: 'activities', id: a.id, locale: 'zh', data: { startsAt: later, endsAt: new Date(Date.parse(later) + HOUR).toISOString(), _status: 'published' }, overrideAccess: true })
    await runJobs()
    const movedMail = await smtp.waitFor((m) => recipients(m).includes(withMail) && (m.subject ?? '').includes('有变'))
    expect(movedMail.text).toContain('2026')
    expect(await statusOf(noMail.id)).toMatchObject({ to_phone: true, to_phone_reason: 'activityMoved' })
    const jobs = await reminderJobs()
    expect(jobs.map((j) => new Date(j.wait_until).toISOString())).toContain(reminderTime(later, '17:30').toISOString())

    // The reminder time arrives (the queue is told so by moving the jobs' time to now): the old one does nothing, the new one mails once.
    await pool.query("update payload_jobs set wait_until = now() where task_slug = 'sendSignupReminders' and (input->>'activityId')::int = $1", [a.id])
    await runJobs()
    await runJobs()
    const reminder = await smtp.waitFor((m) => recipients(m).includes(withMail) && (m.subject ?? '').includes('明天见'))
    expect(reminder.text).toContain(s.reference)
    expect(smtp.messages.filter((m) => recipients(m).includes(withMail) && (m.subject ?? '').includes('明天见'))).toHaveLength(1)

    // Cancelled: the cancellation goes out, and a reminder queued for it sends nothing.
    const b = await createSignupActivity(payload, { capacity: 5, inDays: 5 })
    const bMail = email()
    await signUp(pool, person(b.id, { email: bMail }))
    await runJobs()
    await payload.update({ collection: 'activities', id: b.id, data: { signup: { ...b.signup, cancelled: true }, _status: 'published' }, overrideAccess: true })
    await runJobs()
    const cancelled = await smtp.waitFor((m) => recipients(m).includes(bMail) && (m.subject ?? '').includes('取消'))
    expect(cancelled.subject).toContain('活动取消通知')
    await pool.query("update payload_jobs set wait_until = now() where task_slug = 'sendSignupReminders' and (input->>'activityId')::int = $1", [b.id])
    await runJobs()
    await new Promise((r) => setTimeout(r, 1000))
    expect(smtp.messages.filter((m) => recipients(m).includes(bMail) && (m.subject ?? '').includes('明天见'))).toHaveLength(0)
  })
})

describe('check-in and retention', () => {
  it('records attended and no-show, and anonymises a configurable time after the activity, keeping the counts', async () => {
    const a = await createSignupActivity(payload, { capacity: 5, inDays: 1 })
    const came = await signUp(pool, person(a.id, { partySize: 2, diet: '不吃羊肉', pickup: true }))
    const missed = await signUp(pool, person(a.id))
    if (came.kind !== 'confirmed' || missed.kind !== 'confirmed') throw new Error('setup')
    expect(await recordAttendance(pool, came.id, 'attended')).toBe(true)
    expect(await recordAttendance(pool, missed.id, 'noShow')).toBe(true)
    const before = await countSignups(pool, a.id)
    // 91 days after the activity ends, with the default 90 days.
    await anonymiseExpiredSignups(payload, Date.parse(a.endsAt) + 91 * DAY)
    const { rows } = await pool.query('select name, phone, diet, token, pickup, attendance, anonymised_at from signups where activity_id = $1 order by id', [a.id])
    expect(rows.map((r) => [r.name, r.phone, r.diet, r.token, r.attendance])).toEqual([
      ['（已匿名）', null, null, null, 'attended'],
      ['（已匿名）', null, null, null, 'noShow'],
    ])
    expect(rows[0].pickup).toBe(true)
    expect(await countSignups(pool, a.id)).toEqual(before)
  })
})
