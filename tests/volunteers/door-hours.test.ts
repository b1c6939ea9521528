import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAttendance, recordCheckOut, signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { doorNotes } from '@/signup/doorNotes'
import { CHECKED_IN_ROLE, doorHours, recordingDefaults } from '@/volunteers/recording'
import { getTestPayload } from '../helpers/payload'
import { createTeamUsers, type TeamUsers } from '../helpers/users'
import { createSignupActivity, HOUR, randomPhone } from '../signup/fixtures'

let payload: Payload
let pool: Pool
let users: TeamUsers

beforeAll(async () => {
  payload = await getTestPayload()
  pool = databasePool(payload)
  users = await createTeamUsers(payload)
})

const uniq = () => Math.random().toString(36).slice(2, 7)
const row = async (id: number) =>
  (await pool.query('select attendance, checked_in_at, checked_out_at from signups where id = $1', [id])).rows[0] as { attendance: string | null; checked_in_at: Date | null; checked_out_at: Date | null }

async function confirmed(activityId: number, name: string, phone = randomPhone()): Promise<number> {
  const outcome = await signUp(pool, { activityId, name, phone, partySize: 1 })
  if (outcome.kind !== 'confirmed') throw new Error(`sign-up ${outcome.kind}`)
  return outcome.id
}

describe('check-out at the door (走了)', () => {
  it('records the check-out time for someone checked in, once; undo takes it back and keeps the check-in', async () => {
    const a = await createSignupActivity(payload, { capacity: 10 })
    const id = await confirmed(a.id, '签退的王阿姨')
    const inAt = new Date(Date.now() - 2 * HOUR)
    expect(await recordAttendance(pool, id, 'attended', inAt)).toBe(true)
    const outAt = new Date(inAt.getTime() + 100 * 60_000)
    const out = await recordCheckOut(pool, id, { now: outAt })
    expect(out).toEqual({ kind: 'checkedOut', checkedInAt: inAt, checkedOutAt: outAt })
    expect((await row(id)).checked_out_at?.toISOString()).toBe(outAt.toISOString())
    // Pressed again later (a double tap, a second phone): the first time stays.
    const again = await recordCheckOut(pool, id, { now: new Date(outAt.getTime() + 30 * 60_000) })
    expect(again.kind === 'checkedOut' && again.checkedOutAt.toISOString()).toBe(outAt.toISOString())
    // Through the Local API it reads as a field; nobody writes it there (commands only).
    const doc = await payload.findByID({ collection: 'signups', id, user: users.editor, overrideAccess: false })
    expect(doc.checkedOutAt && new Date(doc.checkedOutAt).toISOString()).toBe(outAt.toISOString())
    await payload.update({ collection: 'signups', id, data: { checkedOutAt: new Date().toISOString() }, user: users.editor, overrideAccess: false })
    expect((await row(id)).checked_out_at?.toISOString()).toBe(outAt.toISOString())

    expect(await recordCheckOut(pool, id, { undo: true })).toEqual({ kind: 'undone' })
    expect(await row(id)).toMatchObject({ attendance: 'attended', checked_out_at: null })
    expect((await row(id)).checked_in_at?.toISOString()).toBe(inAt.toISOString())
  })

  it('cannot check out someone not checked in (a clear Chinese message), and undoing the check-in clears the check-out', async () => {
    const a = await createSignupActivity(payload, { capacity: 10 })
    const notYet = await confirmed(a.id, '还没到的李叔')
    expect(await recordCheckOut(pool, notYet)).toEqual({ kind: 'notCheckedIn' })
    expect(doorNotes.notCheckedIn).toBe('这位还没有签到，不能签退：请先点“到了”。')
    await recordAttendance(pool, notYet, 'noShow')
    expect(await recordCheckOut(pool, notYet)).toEqual({ kind: 'notCheckedIn' })
    expect((await row(notYet)).checked_out_at).toBeNull()

    const came = await confirmed(a.id, '来了又走的张姐')
    await recordAttendance(pool, came, 'attended')
    expect((await recordCheckOut(pool, came)).kind).toBe('checkedOut')
    await recordAttendance(pool, came, null)
    expect(await row(came)).toMatchObject({ attendance: null, checked_in_at: null, checked_out_at: null })
    // Nor a sign-up that does not exist.
    expect(await recordCheckOut(pool, 2_000_000_000)).toEqual({ kind: 'notCheckedIn' })
  })
})

describe('one-step recording takes the hours from check-in and check-out', () => {
  it('rounds the span to the nearest half hour, at least half an hour', () => {
    const t = new Date('2026-12-01T01:00:00.000Z')
    const after = (minutes: number) => new Date(t.getTime() + minutes * 60_000)
    expect(doorHours(t, after(140))).toBe(2.5)
    expect(doorHours(t, after(134))).toBe(2)
    expect(doorHours(t, after(135))).toBe(2.5)
    expect(doorHours(t, after(10))).toBe(0.5)
    expect(doorHours(t, t)).toBe(0.5)
  })

  it('defaults each volunteer checked in and out to the time between, others to the activity’s length', async () => {
    const a = await createSignupActivity(payload, { capacity: 20, inDays: 1 })
    const length = (new Date(a.endsAt).getTime() - new Date(a.startsAt).getTime()) / HOUR
    const start = new Date(a.startsAt)
    const mobile = () => randomPhone()
    const volunteer = async (name: string) =>
      payload.create({ collection: 'volunteers', data: { name: `${name}${uniq()}`, mobile: mobile(), status: 'core' } as never, user: users.editor, overrideAccess: false })
    const [inOut, inOnly, onDuty, shortStay] = [await volunteer('进出的'), await volunteer('只签到的'), await volunteer('值班又签退的'), await volunteer('待了一会儿的')]
    await payload.create({ collection: 'duties', data: { activity: a.id, role: 'door', needed: 1, volunteers: [onDuty.id] }, user: users.editor, overrideAccess: false })
    const door = async (v: { name: string; mobile?: string | null }, inMin: number, outMin: number | null) => {
      const id = await confirmed(a.id, v.name, v.mobile!)
      await recordAttendance(pool, id, 'attended', new Date(start.getTime() + inMin * 60_000))
      if (outMin !== null) await recordCheckOut(pool, id, { now: new Date(start.getTime() + outMin * 60_000) })
    }
    await door(inOut, -5, 100) // 1 h 45 min → 2 h
    await door(inOnly, 0, null)
    await door(onDuty, -30, 200) // 3 h 50 min → 4 h
    await door(shortStay, 10, 20) // 10 min → 0.5 h
    const defaults = await recordingDefaults(payload, a.id)
    expect(defaults!.hours).toBe(length)
    const got = Object.fromEntries(defaults!.entries.map((e) => [e.volunteer, [e.role, e.hours]]))
    expect(got).toEqual({
      [inOut.id]: [CHECKED_IN_ROLE, 2],
      [inOnly.id]: [CHECKED_IN_ROLE, length],
      [onDuty.id]: ['开门值班', 4],
      [shortStay.id]: [CHECKED_IN_ROLE, 0.5],
    })
  })
})
