import type { Pool, PoolClient } from 'pg'
import type { Payload } from 'payload'

import { jobsQueue } from '@/jobs/queue'

export const databasePool = (payload: Payload): Pool => (payload.db as unknown as { pool: Pool }).pool

/** Runs `work` in one transaction on one connection; rolled back if it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    const result = await work(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/**
 * Queues a job in the caller's transaction: it exists exactly when the change it is about was
 * committed (never a mail about a sign-up that was rolled back, never a change without its mail).
 * Jobs hold ids only, never personal data.
 */
export async function queueJob(client: PoolClient, task: string, input: Record<string, unknown>, waitUntil?: Date): Promise<void> {
  const now = new Date().toISOString()
  await client.query('insert into payload_jobs (input, task_slug, queue, wait_until, created_at, updated_at) values ($1, $2, $3, $4, $5, $5)', [
    JSON.stringify(input),
    task,
    jobsQueue(),
    waitUntil ? waitUntil.toISOString() : null,
    now,
  ])
}
