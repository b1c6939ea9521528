import crypto from 'node:crypto'

import type { Pool } from 'pg'
import type { Payload } from 'payload'

import { jobsQueue } from '@/jobs/queue'
import { MAIL_TASK, type MailRecipient } from '@/recruitment/jobs/sendApplicationMail'
import type { Locale } from '@/lib/content/paths'
import { referenceFor, statusChange, storedPhone } from './rules'
import type { ValidApplication } from './validation'

/**
 * The public submission path talks to PostgreSQL directly: through Payload's Local API one
 * application took 17 statements (lookups by count and select, BEGIN, five inserts each read back,
 * COMMIT, a confirming count) and most of the server's CPU in query building. Here it is two: one
 * lookup and one statement that stores the application, its history, its choices and its queued
 * mails together. What Payload's hooks do on create (reference, status history, normalised phone)
 * comes from the same functions (`rules.ts`); the admin keeps using Payload for everything else.
 */
export function databasePool(payload: Payload): Pool {
  return (payload.db as unknown as { pool: Pool }).pool
}

export type Earlier = { reference: string; repeat: boolean }

/** An application already stored with this idempotency key (a repeat), or with this proof of work (a reuse). */
export async function findEarlier(pool: Pool, key: string, proofOfWorkId: string | undefined): Promise<Earlier | undefined> {
  const { rows } = await pool.query<{ reference: string; repeat: boolean }>(
    'select reference, idempotency_key = $1 as repeat from applications where idempotency_key = $1 or proof_of_work_id = $2 order by 2 desc limit 1',
    [key, proofOfWorkId ?? null],
  )
  return rows[0]
}

const COURTYARD_IDS_TTL_MS = 60_000
let courtyardIds: { ids: Set<number>; readAt: number } | undefined

/**
 * Every courtyard can be chosen (they are public). Held for a minute; an id not in the held list
 * is looked up again before it is refused, and a courtyard deleted meanwhile is refused by the
 * foreign key when storing, so the list is never wrong for the person applying.
 */
export async function knownCourtyardIds(pool: Pool, wanted?: number, fresh = false): Promise<ReadonlySet<number>> {
  const stale = !courtyardIds || fresh || Date.now() - courtyardIds.readAt > COURTYARD_IDS_TTL_MS
  if (stale || (wanted !== undefined && !courtyardIds!.ids.has(wanted))) {
    const { rows } = await pool.query<{ id: number }>('select id from courtyards')
    courtyardIds = { ids: new Set(rows.map((r) => r.id)), readAt: Date.now() }
  }
  return courtyardIds!.ids
}

export type NewApplication = {
  data: ValidApplication
  locale: Locale
  callId?: number
  key: string
  proofOfWorkId?: string
  /** The notice version the form showed; the stored one is never newer than the current settings. */
  shownNoticeVersion?: number
}

/** Why one statement was refused by a constraint: the caller decides what each means. */
export class StoreConflict extends Error {
  constructor(readonly on: 'reference' | 'idempotencyKey' | 'proofOfWorkId' | 'courtyard' | 'call') {
    super(`application refused by the ${on} constraint`)
  }
}

const CONSTRAINTS: Record<string, StoreConflict['on']> = {
  applications_reference_idx: 'reference',
  applications_idempotency_key_idx: 'idempotencyKey',
  applications_proof_of_work_id_idx: 'proofOfWorkId',
  applications_courtyard_id_courtyards_id_fk: 'courtyard',
  applications_call_id_recruitment_calls_id_fk: 'call',
}

// One statement is one transaction: it is committed (to disk: synchronous_commit) when it returns, or not at all.
const STORE_SQL = `
with settings as (
  select coalesce((select notice_version from recruitment_settings order by id limit 1), 1)::int as version
), app as (
  insert into applications (reference, status, submitted_at, source, proof_of_work, call_id, name, phone, email, courtyard_id, courtyard_other,
    age_range, choice, skills_note, referrer, message, consent_notice_version, consent_agreed_at, consent_locale, status_changed_at,
    idempotency_key, proof_of_work_id, created_at, updated_at)
  select $1, $24::text::enum_applications_status, $2, 'online', $3, $4, $5, $6, $7, $8, $9, $10, $26, $11, $12, $13,
    case when $14::int between 1 and settings.version then $14::int else settings.version end,
    $2, $15, $25::timestamptz, $16, $17, $2, $2
  from settings
  returning id, reference
), history as (
  insert into applications_status_history (_order, _parent_id, id, status, changed_at) select 1, app.id, $18, $24::text::enum_applications_status_history_status, $25::timestamptz from app
), skills as (
  insert into applications_skills ("order", parent_id, value)
  select s.n, app.id, s.value from app, unnest($19::enum_applications_skills[]) with ordinality as s(value, n)
), availability as (
  insert into applications_availability ("order", parent_id, value)
  select a.n, app.id, a.value from app, unnest($20::enum_applications_availability[]) with ordinality as a(value, n)
), mails as (
  insert into payload_jobs (input, task_slug, queue, created_at, updated_at)
  select jsonb_build_object('applicationId', app.id, 'recipient', r.recipient), $21, $22, $2, $2
  from app, unnest($23::text[]) with ordinality as r(recipient, n) order by r.n
)
select id, reference from app`

/** Stores the application with its mails queued (the applicant's only with an email), or throws a StoreConflict. */
export async function storeApplication(pool: Pool, a: NewApplication): Promise<{ id: number; reference: string }> {
  const now = new Date().toISOString()
  const d = a.data
  const status = statusChange({ operation: 'create', changedBy: null, now })!
  const recipients: MailRecipient[] = d.email ? ['applicant', 'staff'] : ['staff']
  const values = [
    referenceFor(),
    now,
    a.proofOfWorkId ? 'verified' : 'unverified',
    a.callId ?? null,
    d.name,
    storedPhone(d.phone),
    d.email ?? null,
    d.courtyard ?? null,
    d.courtyardOther ?? null,
    d.ageRange,
    d.skillsNote ?? null,
    d.referrer ?? null,
    d.message ?? null,
    a.shownNoticeVersion ?? null,
    a.locale,
    a.key,
    a.proofOfWorkId ?? null,
    crypto.randomBytes(12).toString('hex'),
    d.skills,
    d.availability,
    MAIL_TASK,
    jobsQueue(),
    recipients,
    status.status,
    status.statusChangedAt,
    d.choice ?? null,
  ]
  try {
    const { rows } = await pool.query<{ id: number; reference: string }>(STORE_SQL, values)
    if (!rows[0]) throw new Error('the application was not stored')
    return rows[0]
  } catch (error) {
    const e = error as { code?: string; constraint?: string }
    const on = (e.code === '23505' || e.code === '23503') && e.constraint ? CONSTRAINTS[e.constraint] : undefined
    if (on) throw new StoreConflict(on)
    throw error
  }
}
