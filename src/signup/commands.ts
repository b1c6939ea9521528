import crypto from 'node:crypto'

import type { Pool, PoolClient } from 'pg'

import { newReference } from '@/recruitment/reference'
import { jobsQueue } from '@/jobs/queue'
import { earlyReleasePool, flushedToDisk, inTransaction, queueJob } from './db'
import type { SignupStatus } from './options'

export const SIGNUP_MAIL_TASK = 'sendSignupMail'
export type SignupMailKind = 'confirmed' | 'waitlisted' | 'movedUp' | 'partyChanged' | 'cancelled' | 'reminder' | 'activityMoved' | 'activityCancelled'

/** The activity's row as the commands need it, read under its lock. */
export type LockedActivity = {
  id: number
  capacity: number | null
  startsAt: Date
  enabled: boolean
  published: boolean
  cancelled: boolean
  maxParty: number
  heldForPhone: number
  deadline: Date | null
}

export type Counts = { confirmed: number; confirmedOnline: number; confirmedPhone: number; waitlisted: number; waitlistedParties: number }

/**
 * Every command that changes who has a place takes the activity's row lock first (`for update`),
 * then counts and writes inside the same transaction: two sign-ups for the last place queue on the
 * lock, and the second one counts the first. This is the whole guarantee against overselling.
 */
// What the commands read of an activity (alias `a`), under its lock or before taking it.
const ACTIVITY_COLUMNS = `a.id, a.capacity::int as capacity, a.starts_at, coalesce(a.signup_enabled, false) as enabled, a._status = 'published' as published,
       coalesce(a.signup_cancelled, false) as cancelled, coalesce(a.signup_max_party, 2)::int as max_party,
       coalesce(a.signup_held_for_phone, 0)::int as held, a.signup_deadline`

type ActivityRow = {
  id: number
  capacity: number | null
  starts_at: string
  enabled: boolean
  published: boolean
  cancelled: boolean
  max_party: number
  held: number
  signup_deadline: string | null
}

const lockedActivityOf = (r: ActivityRow | undefined): LockedActivity | undefined =>
  r && {
    id: r.id,
    capacity: r.capacity,
    startsAt: new Date(r.starts_at),
    enabled: r.enabled,
    published: r.published,
    cancelled: r.cancelled,
    maxParty: Math.max(1, r.max_party),
    heldForPhone: Math.max(0, r.held),
    deadline: r.signup_deadline ? new Date(r.signup_deadline) : null,
  }

export async function lockActivity(client: PoolClient, id: number): Promise<LockedActivity | undefined> {
  const { rows } = await client.query<ActivityRow>(`select ${ACTIVITY_COLUMNS} from activities a where a.id = $1 for update`, [id])
  return lockedActivityOf(rows[0])
}

/**
 * A published activity's sign-up settings by its slug, for checking a submission before it is
 * stored: one indexed read, where the Local API's find cost a few milliseconds of this process's CPU
 * per sign-up. What decides is read again under the lock (`signUp`).
 */
export async function openActivityBySlug(pool: Pool, slug: string) {
  const { rows } = await pool.query<ActivityRow & { questions: string[] }>(
    `select ${ACTIVITY_COLUMNS},
       array(select q.value::text from activities_signup_questions q where q.parent_id = a.id order by q."order") as questions
     from activities a where a.slug = $1 and a._status = 'published' limit 1`,
    [slug],
  )
  const activity = lockedActivityOf(rows[0])
  return activity && { ...activity, questions: rows[0]!.questions }
}

// The sums every command decides on, over one activity's sign-ups (`from signups where activity_id = $1`).
const COUNTS_COLUMNS = `coalesce(sum(party_size) filter (where status = 'confirmed'), 0)::int as confirmed,
       coalesce(sum(party_size) filter (where status = 'confirmed' and source = 'online'), 0)::int as online,
       coalesce(sum(party_size) filter (where status = 'confirmed' and source = 'phone'), 0)::int as phone,
       coalesce(sum(party_size) filter (where status = 'waitlisted'), 0)::int as waitlisted,
       count(*) filter (where status = 'waitlisted')::int as waiting_parties`

type CountsRow = { confirmed: number; online: number; phone: number; waitlisted: number; waiting_parties: number }
const countsOf = (r: CountsRow): Counts => ({ confirmed: r.confirmed, confirmedOnline: r.online, confirmedPhone: r.phone, waitlisted: r.waitlisted, waitlistedParties: r.waiting_parties })

export async function countSignups(client: Pool | PoolClient, activityId: number): Promise<Counts> {
  const { rows } = await client.query<CountsRow>(`select ${COUNTS_COLUMNS} from signups where activity_id = $1`, [activityId])
  return countsOf(rows[0]!)
}

/**
 * Places are counted in persons. Held-back places are for phone sign-ups only: phone parties fill
 * them first, and only what they take beyond them counts against the online places.
 */
export function placesLeft(a: Pick<LockedActivity, 'capacity' | 'heldForPhone'>, c: Pick<Counts, 'confirmed' | 'confirmedOnline' | 'confirmedPhone'>, source: 'online' | 'phone'): number {
  if (a.capacity === null) return Number.POSITIVE_INFINITY
  if (source === 'phone') return Math.max(0, a.capacity - c.confirmed)
  const held = Math.min(a.heldForPhone, a.capacity)
  const usedOnline = c.confirmedOnline + Math.max(0, c.confirmedPhone - held)
  return Math.max(0, a.capacity - held - usedOnline)
}

export const signupDeadline = (a: Pick<LockedActivity, 'deadline' | 'startsAt'>): Date => a.deadline ?? a.startsAt

export type SignupInput = {
  activityId: number
  name: string
  phone: string
  email?: string | null
  partySize: number
  pickup?: boolean
  diet?: string | null
  mobility?: 'limited' | 'wheelchair' | null
  note?: string | null
  locale?: 'zh' | 'en'
  source?: 'online' | 'phone'
  idempotencyKey?: string | null
  now?: Date
}

export type SignupOutcome =
  | { kind: 'confirmed' | 'waitlisted'; id: number; reference: string; token: string; repeat: boolean }
  | { kind: 'already'; id: number; reference: string; status: SignupStatus; partySize: number }
  | { kind: 'closed'; reason: 'notOpen' | 'deadline' | 'cancelled' }
  | { kind: 'tooLarge'; maxParty: number }
  | { kind: 'notFound' }

const newToken = () => crypto.randomBytes(18).toString('base64url')

type EarlierSignup = { id: number; reference: string; token: string; status: SignupStatus }
type SamePhoneSignup = { id: number; reference: string; status: SignupStatus; party: number }
type SignUpKind = 'notFound' | 'repeat' | 'cancelled' | 'notOpen' | 'deadline' | 'tooLarge' | 'already' | SignupStatus
type SignUpAnswer = { kind: SignUpKind; id: number | null; maxParty: number; earlier: EarlierSignup | null; samePhone: SamePhoneSignup | null }

/**
 * One sign-up, online or by phone: a place if one is free for it, else the end of the waiting list.
 *
 * Every sign-up for an activity queues on its row lock, so the lock is held for as short a time as
 * possible: the decision and the insert are one statement in PostgreSQL (`linli_sign_up`, in the
 * migration 20261203_100000_signup_function), which takes the lock, decides by the rules of
 * `placesLeft` and the waiting list (nobody jumps the queue; staff taking a phone call may use the
 * held-back places), and stores the sign-up and its mail job; its own transaction ends with it. With a
 * round trip to this process per step, the lock waited on this process's busy event loop each time; and
 * its commit does not wait for the disk while holding the lock (`earlyReleasePool`): the answer waits for
 * that instead (`flushedToDisk`), so concurrent sign-ups share their disk flushes.
 */
export async function signUp(pool: Pool, input: SignupInput): Promise<SignupOutcome> {
  const now = input.now ?? new Date()
  const source = input.source ?? 'online'
  const partySize = Number.isInteger(input.partySize) ? input.partySize : 0
  for (let tries = 0; tries < 6; tries++) {
    const reference = newReference()
    const token = newToken()
    const { rows } = await earlyReleasePool(pool).query<{ answer: SignUpAnswer | null }>(
      'select linli_sign_up($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) as answer',
      [
        input.activityId, input.phone || null, input.idempotencyKey || null, reference, token, source, partySize, input.name, input.email || null, Boolean(input.pickup),
        input.diet || null, input.mobility || null, input.note || null, input.locale ?? 'zh', now.toISOString(), SIGNUP_MAIL_TASK, jobsQueue(),
      ],
    )
    const r = rows[0]?.answer
    if (!r) return { kind: 'notFound' }
    // The sign-up (or the earlier one this answer names) was committed without waiting for the disk:
    // it is on disk before anyone is told about it.
    if (r.kind === 'confirmed' || r.kind === 'waitlisted' || r.kind === 'repeat' || r.kind === 'already') await flushedToDisk(pool)
    switch (r.kind) {
      case 'notFound':
        return { kind: 'notFound' }
      case 'repeat':
        return { kind: r.earlier!.status === 'waitlisted' ? 'waitlisted' : 'confirmed', id: r.earlier!.id, reference: r.earlier!.reference, token: r.earlier!.token, repeat: true }
      case 'cancelled':
      case 'notOpen':
      case 'deadline':
        return { kind: 'closed', reason: r.kind }
      case 'tooLarge':
        return { kind: 'tooLarge', maxParty: r.maxParty }
      case 'already':
        return { kind: 'already', id: r.samePhone!.id, reference: r.samePhone!.reference, status: r.samePhone!.status, partySize: r.samePhone!.party }
      case 'confirmed':
      case 'waitlisted':
        // A taken reference (one in about a billion) stored nothing: try again with another.
        if (r.id !== null) return { kind: r.kind, id: r.id, reference, token, repeat: false }
    }
  }
  throw new Error('no free sign-up reference after 6 tries')
}

export type PromoteOptions = { now?: Date; moveUpCutoffHours: number; force?: boolean }

/**
 * Moves waiting parties up, in arrival order, each that fits the places free for it; called under
 * the activity's lock by every command that frees places. From `moveUpCutoffHours` before the
 * start nothing moves by itself: staff decide. Each party moved up is mailed (if it gave an email)
 * and put on the staff's "to phone" list.
 */
export async function promoteWaitlist(client: PoolClient, activity: LockedActivity, options: PromoteOptions): Promise<number[]> {
  const now = options.now ?? new Date()
  if (!activity.enabled || activity.cancelled || !activity.published) return []
  if (now.getTime() >= activity.startsAt.getTime() - options.moveUpCutoffHours * 3_600_000) return []
  const { rows } = await client.query("select id, party_size::int as party, source, email from signups where activity_id = $1 and status = 'waitlisted' order by id", [activity.id])
  if (!rows.length) return []
  const counts = await countSignups(client, activity.id)
  const moved: number[] = []
  for (const r of rows) {
    if (placesLeft(activity, counts, r.source) < r.party) continue
    await client.query("update signups set status = 'confirmed', confirmed_at = $2, to_phone = true, to_phone_reason = 'movedUp', updated_at = $2 where id = $1", [r.id, now.toISOString()])
    counts.confirmed += r.party
    if (r.source === 'phone') counts.confirmedPhone += r.party
    else counts.confirmedOnline += r.party
    if (r.email) await queueJob(client, SIGNUP_MAIL_TASK, { signupId: r.id, kind: 'movedUp' })
    moved.push(r.id)
  }
  return moved
}

type Owner = { reference: string; token: string } | { id: number }

async function findOwned(client: PoolClient, owner: Owner) {
  const { rows } =
    'id' in owner
      ? await client.query('select id, activity_id, status, party_size::int as party, source, email from signups where id = $1', [owner.id])
      : await client.query('select id, activity_id, status, party_size::int as party, source, email from signups where reference = $1 and token = $2', [owner.reference, owner.token])
  return rows[0] as { id: number; activity_id: number; status: SignupStatus; party: number; source: 'online' | 'phone'; email: string | null } | undefined
}

/** Locks the sign-up's activity (first) and re-reads the sign-up under that lock. */
async function lockFor(client: PoolClient, owner: Owner) {
  const first = await findOwned(client, owner)
  if (!first) return undefined
  const activity = await lockActivity(client, first.activity_id)
  const signup = await findOwned(client, { id: first.id })
  return activity && signup ? { activity, signup } : undefined
}

export type ChangeOutcome = { kind: 'changed' | 'unchanged'; status: SignupStatus; promoted: number[] } | { kind: 'noRoom'; placesLeft: number } | { kind: 'tooLarge'; maxParty: number } | { kind: 'notFound' } | { kind: 'closed' }

/** A resident (by private link) or staff changes the party size; more persons only if places are free. */
export async function changePartySize(pool: Pool, owner: Owner, partySize: number, options: PromoteOptions): Promise<ChangeOutcome> {
  const now = options.now ?? new Date()
  return inTransaction(pool, async (client) => {
    const locked = await lockFor(client, owner)
    if (!locked) return { kind: 'notFound' }
    const { activity, signup } = locked
    if (signup.status === 'cancelled' || activity.cancelled || now > activity.startsAt) return { kind: 'closed' }
    if (!Number.isInteger(partySize) || partySize < 1 || partySize > activity.maxParty) return { kind: 'tooLarge', maxParty: activity.maxParty }
    if (partySize === signup.party) return { kind: 'unchanged', status: signup.status, promoted: [] }
    if (signup.status === 'confirmed' && partySize > signup.party) {
      const left = placesLeft(activity, await countSignups(client, activity.id), signup.source)
      if (left < partySize - signup.party) return { kind: 'noRoom', placesLeft: left }
    }
    await client.query('update signups set party_size = $2, updated_at = $3 where id = $1', [signup.id, partySize, now.toISOString()])
    if (signup.email) await queueJob(client, SIGNUP_MAIL_TASK, { signupId: signup.id, kind: 'partyChanged' })
    const promoted = await promoteWaitlist(client, activity, options)
    return { kind: 'changed', status: signup.status, promoted }
  })
}

export type CancelOutcome = { kind: 'cancelled'; wasStatus: SignupStatus; promoted: number[] } | { kind: 'alreadyCancelled' } | { kind: 'notFound' }

/** Cancels a sign-up (the resident by link, or staff removing someone); freed places go to the waiting list. */
export async function cancelSignup(pool: Pool, owner: Owner, options: PromoteOptions): Promise<CancelOutcome> {
  const now = options.now ?? new Date()
  return inTransaction(pool, async (client) => {
    const locked = await lockFor(client, owner)
    if (!locked) return { kind: 'notFound' }
    const { activity, signup } = locked
    if (signup.status === 'cancelled') return { kind: 'alreadyCancelled' }
    await client.query("update signups set status = 'cancelled', cancelled_at = $2, to_phone = false, updated_at = $2 where id = $1", [signup.id, now.toISOString()])
    if (signup.email) await queueJob(client, SIGNUP_MAIL_TASK, { signupId: signup.id, kind: 'cancelled' })
    const promoted = signup.status === 'confirmed' ? await promoteWaitlist(client, activity, options) : []
    return { kind: 'cancelled', wasStatus: signup.status, promoted }
  })
}

/** Staff move a waiting party up by hand (also within the cut-off before the start), if its places are free. */
export async function confirmFromWaitlist(pool: Pool, id: number, now = new Date()): Promise<{ kind: 'confirmed' } | { kind: 'noRoom'; placesLeft: number } | { kind: 'notWaiting' }> {
  return inTransaction(pool, async (client) => {
    const locked = await lockFor(client, { id })
    if (!locked || locked.signup.status !== 'waitlisted') return { kind: 'notWaiting' }
    const left = placesLeft(locked.activity, await countSignups(client, locked.activity.id), 'phone')
    if (left < locked.signup.party) return { kind: 'noRoom', placesLeft: left }
    await client.query("update signups set status = 'confirmed', confirmed_at = $2, to_phone = true, to_phone_reason = 'movedUp', updated_at = $2 where id = $1", [id, now.toISOString()])
    if (locked.signup.email) await queueJob(client, SIGNUP_MAIL_TASK, { signupId: id, kind: 'movedUp' })
    return { kind: 'confirmed' }
  })
}

/** Frees places through the waiting list outside a resident's action (capacity raised, sign-up re-opened, a deletion). */
export async function promoteActivity(pool: Pool, activityId: number, options: PromoteOptions): Promise<number[]> {
  return inTransaction(pool, async (client) => {
    const activity = await lockActivity(client, activityId)
    return activity ? promoteWaitlist(client, activity, options) : []
  })
}

/** At the door: 到了 (attended), 未到 (no-show), or undone. */
export async function recordAttendance(pool: Pool, id: number, attendance: 'attended' | 'noShow' | null, now = new Date()): Promise<boolean> {
  const { rowCount } = await pool.query(
    "update signups set attendance = $2, checked_in_at = case when $4 then coalesce(checked_in_at, $3) else null end, checked_out_at = case when $4 then checked_out_at else null end, updated_at = $3 where id = $1 and status = 'confirmed'",
    [id, attendance, now.toISOString(), attendance === 'attended'],
  )
  return (rowCount ?? 0) > 0
}

export type CheckOutOutcome = { kind: 'checkedOut'; checkedInAt: Date; checkedOutAt: Date } | { kind: 'notCheckedIn' } | { kind: 'undone' }

/**
 * At the door: 走了 (checked out), only for someone checked in; the first check-out time stays when the
 * button is pressed twice. `undo` takes the check-out back (the check-in stays).
 */
export async function recordCheckOut(pool: Pool, id: number, options: { undo?: boolean; now?: Date } = {}): Promise<CheckOutOutcome> {
  const now = options.now ?? new Date()
  const { rows } = await pool.query(
    `update signups set checked_out_at = case when $3 then null else coalesce(checked_out_at, greatest($2::timestamptz, checked_in_at)) end, updated_at = $2
     where id = $1 and status = 'confirmed' and attendance = 'attended' and checked_in_at is not null
     returning checked_in_at, checked_out_at`,
    [id, now.toISOString(), Boolean(options.undo)],
  )
  if (!rows[0]) return { kind: 'notCheckedIn' }
  if (options.undo) return { kind: 'undone' }
  return { kind: 'checkedOut', checkedInAt: new Date(rows[0].checked_in_at), checkedOutAt: new Date(rows[0].checked_out_at) }
}

/** Staff have phoned this person: off the list. */
export async function markPhoned(pool: Pool, id: number): Promise<void> {
  await pool.query('update signups set to_phone = false, updated_at = now() where id = $1', [id])
}
