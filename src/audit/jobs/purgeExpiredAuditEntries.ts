import type { Payload, TaskConfig } from 'payload'

import { jobsQueue } from '@/jobs/queue'
import { DEFAULT_AUDIT_RETENTION_YEARS } from '../globals/AuditSettings'

export const AUDIT_RETENTION_TASK = 'purgeExpiredAuditEntries'

async function retentionYears(payload: Payload): Promise<number> {
  const settings = (await payload.findGlobal({ slug: 'audit-settings', depth: 0, overrideAccess: true })) as { retentionYears?: number | null }
  const years = Number(settings.retentionYears)
  return Number.isFinite(years) && years >= 1 ? years : DEFAULT_AUDIT_RETENTION_YEARS
}

/**
 * Deletes entries older than the configured retention. The trail refuses deletes through Payload and,
 * in the database, unless the session says it is this purge (`linli.audit_purge`, set for one
 * transaction only).
 */
export async function purgeExpiredAuditEntries(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now)
  cutoff.setFullYear(cutoff.getFullYear() - (await retentionYears(payload)))
  const client = await payload.db.pool.connect()
  try {
    await client.query('begin')
    await client.query("select set_config('linli.audit_purge', 'on', true)")
    const { rowCount } = await client.query('delete from audit_entries where at < $1', [cutoff.toISOString()])
    await client.query('commit')
    return rowCount ?? 0
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Daily: the audit trail keeps entries for its own retention period (default 3 years). */
export const purgeExpiredAuditEntriesTask: TaskConfig<{ input: Record<string, never>; output: { deleted: number } }> = {
  slug: AUDIT_RETENTION_TASK,
  label: '删除过期访问记录 / Delete expired audit entries',
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  retries: 2,
  schedule: [{ cron: process.env.AUDIT_RETENTION_CRON || '0 45 3 * * *', queue: jobsQueue() }],
  handler: async ({ req }) => ({ output: { deleted: await purgeExpiredAuditEntries(req.payload) } }),
}
