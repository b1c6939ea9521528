import type { Payload, TaskConfig } from 'payload'

import { recordAudit } from '@/audit'
import { jobsQueue } from '@/jobs/queue'
import { readSignupSettings } from '../globals/SignupSettings'
import { databasePool } from '../db'

export const ANONYMISE_SIGNUPS_TASK = 'anonymiseExpiredSignups'

/**
 * A configurable time after the activity ends, sign-ups lose everything that identifies a person;
 * the activity, status, party size, needs ticked and attendance stay, so the counts still add up.
 */
export async function anonymiseExpiredSignups(payload: Payload, now = Date.now()): Promise<number> {
  const { retentionDays } = await readSignupSettings(payload)
  const cutoff = new Date(now - retentionDays * 86_400_000).toISOString()
  const { rows } = await databasePool(payload).query(
    `update signups s set name = '（已匿名）', phone = null, email = null, diet = null, note = null, staff_notes = null, token = null,
       idempotency_key = null, to_phone = false, anonymised_at = $2, updated_at = $2
     from activities a where a.id = s.activity_id and coalesce(a.ends_at, a.starts_at) < $1 and s.anonymised_at is null returning s.id`,
    [cutoff, new Date(now).toISOString()],
  )
  const ids = rows.map((r) => r.id as number)
  if (ids.length) await recordAudit({ payload }, { action: 'anonymise', collection: 'signups', ids })
  return ids.length
}

export const anonymiseExpiredSignupsTask: TaskConfig<{ input: Record<string, never>; output: { anonymised: number } }> = {
  slug: ANONYMISE_SIGNUPS_TASK,
  label: '匿名处理过期活动报名 / Anonymise expired sign-ups',
  outputSchema: [{ name: 'anonymised', type: 'number', required: true }],
  retries: 2,
  schedule: [{ cron: process.env.RETENTION_CRON || '0 40 3 * * *', queue: jobsQueue() }],
  handler: async ({ req }) => ({ output: { anonymised: await anonymiseExpiredSignups(req.payload) } }),
}
