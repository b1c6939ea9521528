import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { recordAudit } from '@/audit'
import { expiringStatuses } from '@/recruitment/options'
import { readRecruitmentSettings } from '@/recruitment/settings'
import { jobsQueue } from '@/jobs/queue'

export const RETENTION_TASK = 'anonymiseExpiredApplications'
const DAY_MS = 24 * 60 * 60 * 1000
const BATCH = 200

/**
 * What is left of an application once its retention period is over: the call, courtyard, age range,
 * skills, availability and dates stay for the team's statistics; nothing identifies the person.
 */
export const anonymisedFields = {
  name: '（已匿名）',
  phone: null,
  email: null,
  courtyardOther: null,
  skillsNote: null,
  referrer: null,
  message: null,
  notes: null,
  idempotencyKey: null,
  proofOfWorkId: null,
} as const

export async function anonymiseExpiredApplications(payload: Payload, req?: PayloadRequest, now = Date.now()): Promise<number> {
  const { retentionDays } = await readRecruitmentSettings(payload)
  const cutoff = new Date(now - retentionDays * DAY_MS).toISOString()
  const anonymised: number[] = []
  for (;;) {
    const { docs } = await payload.find({
      collection: 'applications',
      where: {
        and: [{ status: { in: [...expiringStatuses] } }, { statusChangedAt: { less_than: cutoff } }, { anonymisedAt: { exists: false } }],
      },
      select: { status: true },
      limit: BATCH,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const { id } of docs) {
      await payload.update({
        collection: 'applications',
        id,
        data: { ...anonymisedFields, anonymisedAt: new Date(now).toISOString() },
        overrideAccess: true,
        req,
      })
      anonymised.push(id)
    }
    if (docs.length < BATCH) break
  }
  if (anonymised.length) await recordAudit({ payload }, { action: 'anonymise', collection: 'applications', ids: anonymised })
  return anonymised.length
}

/** Runs daily: declined and withdrawn applications are anonymised once the configured retention period has passed. */
export const anonymiseExpiredApplicationsTask: TaskConfig<{ input: Record<string, never>; output: { anonymised: number } }> = {
  slug: RETENTION_TASK,
  label: '匿名处理过期报名 / Anonymise expired applications',
  outputSchema: [{ name: 'anonymised', type: 'number', required: true }],
  retries: 2,
  schedule: [{ cron: process.env.RETENTION_CRON || '0 30 3 * * *', queue: jobsQueue() }],
  handler: async ({ req }) => ({ output: { anonymised: await anonymiseExpiredApplications(req.payload, req) } }),
}
