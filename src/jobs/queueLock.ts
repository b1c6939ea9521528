import pg from 'pg'

/**
 * Who may run a queue: the one process holding PostgreSQL's session advisory lock for it.
 *
 * Payload's runner claims jobs by reading them and then marking them `processing` in two steps, so two
 * runners on one queue (two workers, or several web processes with jobs on) can pick up the same job
 * and send its mail twice. The lock makes one runner active per queue at a time; the others stand by
 * and take over when it ends. A session lock belongs to one connection: it is released by PostgreSQL
 * itself when that process exits, crashes or loses its connection, so no stale lock outlives a runner.
 */
export type QueueLock = { acquire: () => Promise<boolean>; held: () => boolean; release: () => Promise<void> }

const globalKey = Symbol.for('linli.jobs.queueLocks')
const store = globalThis as typeof globalThis & { [globalKey]?: Map<string, QueueLock> }

/** The lock's key: a stable 32-bit number per queue (PostgreSQL's own `hashtext`, computed by the server). */
const LOCK_SQL = `select pg_try_advisory_lock(hashtext($1)) as locked`

export function queueLock(queue: string, databaseUrl = process.env.DATABASE_URL): QueueLock {
  const locks = (store[globalKey] ??= new Map())
  const existing = locks.get(queue)
  if (existing) return existing
  if (!databaseUrl) throw new Error('DATABASE_URL is not set: the queue lock needs the database.')
  let client: pg.Client | undefined
  let connecting: Promise<pg.Client> | undefined
  let isHeld = false
  const drop = () => {
    isHeld = false
    client?.end().catch(() => undefined)
    client = undefined
  }
  const connect = () =>
    (connecting ??= (async () => {
      const c = new pg.Client({ connectionString: databaseUrl, application_name: `linli-queue-lock:${queue}` })
      // A lost connection means PostgreSQL has released the lock: never go on believing we hold it.
      c.on('error', drop)
      c.on('end', () => {
        if (client === c) drop()
      })
      await c.connect()
      client = c
      return c
    })().finally(() => (connecting = undefined)))
  const lock: QueueLock = {
    held: () => isHeld,
    acquire: async () => {
      if (isHeld && client) return true
      try {
        const c = client ?? (await connect())
        const { rows } = await c.query<{ locked: boolean }>(LOCK_SQL, [`linli-jobs:${queue}`])
        isHeld = rows[0]?.locked === true
      } catch {
        drop()
      }
      return isHeld
    },
    release: async () => {
      const c = client
      client = undefined
      isHeld = false
      await c?.end().catch(() => undefined)
    },
  }
  locks.set(queue, lock)
  return lock
}
