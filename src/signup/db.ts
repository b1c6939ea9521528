import pg, { type Pool, type PoolClient } from 'pg'
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

const earlyReleasePools = new WeakMap<Pool, Pool>()

/**
 * A small second pool on the same database whose commits do not wait for the disk (synchronous_commit =
 * off), for the one statement that holds an activity's row lock through its commit (`linli_sign_up`):
 * every sign-up for the activity queues on that lock, and a commit that waits for its own disk flush
 * holds it for that flush, one after the other, where commits of separate rows share their flushes.
 * Nothing is acknowledged before `flushedToDisk` has run on the main pool. (The worker may see a mail
 * job a few milliseconds before its sign-up is on disk; a crash in that instant could mail about a
 * sign-up the database then does not have. No one was told it was stored.)
 */
export function earlyReleasePool(pool: Pool): Pool {
  let early = earlyReleasePools.get(pool)
  if (!early) {
    const options = pool.options as pg.PoolConfig
    // A connection string's own `options` outrank the config's: the setting goes where it is read.
    const withOption = (existing: string | null | undefined) => [existing, '-c synchronous_commit=off'].filter(Boolean).join(' ')
    const connection = options.connectionString ? new URL(options.connectionString) : undefined
    connection?.searchParams.set('options', withOption(connection.searchParams.get('options')))
    early = new pg.Pool({
      ...options,
      max: Math.min(options.max ?? 10, 5),
      // Scripts (the seed) end when their work does, not when these connections time out.
      allowExitOnIdle: true,
      ...(connection ? { connectionString: connection.toString() } : { options: withOption(options.options) }),
    })
    early.on('error', () => undefined)
    earlyReleasePools.set(pool, early)
  }
  return early
}

/**
 * Returns once everything committed so far is on disk (and, where the primary waits for a standby with
 * remote_apply, applied there): a transaction that takes a transaction id commits with the main pool's
 * own synchronous_commit, and its flush covers every commit record written before it. Concurrent callers
 * share one flush.
 */
export async function flushedToDisk(pool: Pool): Promise<void> {
  await pool.query('select pg_current_xact_id()')
}
