import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import pg from 'pg'

import { migrations } from '../../src/migrations'
import { CliError } from './cli'
import { applyMigrations } from './payload-instance'

/**
 * Logical backups that need no pg_dump (the npm PostgreSQL package ships none): every table of the
 * `public` schema is read inside one REPEATABLE READ snapshot and written as JSON lines, then packed
 * with the uploaded media into a .tar.gz. Restore replays the rows into freshly migrated tables.
 */
export type BackupManifest = {
  format: 'linli-backup-1'
  createdAt: string
  migrations: string[]
  tables: Record<string, number>
  /** Set when the media lived in an S3-compatible bucket: their files are then not in the archive. */
  mediaBucket?: string
}

const FETCH_SIZE = 1000
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`

function tar(args: string[]): void {
  const result = spawnSync('tar', args, { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`tar ${args[0]} failed: ${result.stderr || result.error}`)
}

async function publicTables(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ tablename: string }>("select tablename from pg_tables where schemaname = 'public' order by tablename")
  return rows.map((r) => r.tablename)
}

/** `mediaBucket`: the media are in that S3 bucket (backed up on its own); the archive's media folder stays empty. */
export async function createBackup({ databaseUrl, mediaDir, mediaBucket, outFile }: { databaseUrl: string; mediaDir: string; mediaBucket?: string; outFile: string }): Promise<BackupManifest> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-backup-'))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    fs.mkdirSync(path.join(work, 'database'))
    await client.query('begin isolation level repeatable read read only')
    const tables: Record<string, number> = {}
    for (const table of await publicTables(client)) {
      const out = fs.createWriteStream(path.join(work, 'database', `${table}.jsonl`))
      await client.query(`declare rows_cursor no scroll cursor for select row_to_json(t)::text as row from ${quoteIdent(table)} t`)
      let count = 0
      for (;;) {
        const { rows } = await client.query<{ row: string }>(`fetch ${FETCH_SIZE} from rows_cursor`)
        if (rows.length === 0) break
        for (const { row } of rows) out.write(`${row}\n`)
        count += rows.length
      }
      await client.query('close rows_cursor')
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())))
      tables[table] = count
    }
    const migrations = tables.payload_migrations
      ? (await client.query<{ name: string }>("select name from payload_migrations where name <> 'dev' order by id")).rows.map((r) => r.name)
      : []
    await client.query('commit')
    // Media after the snapshot: files are written before the rows that point at them, so every row's file exists.
    if (!mediaBucket && fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(work, 'media'), { recursive: true })
    else fs.mkdirSync(path.join(work, 'media'))
    const manifest: BackupManifest = { format: 'linli-backup-1', createdAt: new Date().toISOString(), migrations, tables, ...(mediaBucket ? { mediaBucket } : {}) }
    fs.writeFileSync(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))
    fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true })
    tar(['-czf', path.resolve(outFile), '-C', work, 'manifest.json', 'database', 'media'])
    fs.chmodSync(outFile, 0o600)
    return manifest
  } finally {
    await client.end()
    fs.rmSync(work, { recursive: true, force: true })
  }
}

export function readManifest(extracted: string): BackupManifest {
  const file = path.join(extracted, 'manifest.json')
  if (!fs.existsSync(file)) throw new CliError('this file is not a Linli backup (no manifest.json)')
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest
  if (manifest.format !== 'linli-backup-1') throw new CliError('this file is not a Linli backup (unknown format)')
  return manifest
}

export function extractBackup(archive: string): string {
  if (!fs.existsSync(archive)) throw new CliError(`backup file not found: ${archive}`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-restore-'))
  try {
    tar(['-xzf', path.resolve(archive), '-C', work])
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true })
    throw new CliError(`${archive} is not a Linli backup (${(error as Error).message.trim()})`)
  }
  return work
}

/**
 * Replaces the database's rows and the media folder with the backup's. The tables must already exist
 * (run the backup's migrations first); foreign keys are checked only after all rows are in.
 */
export async function restoreRows({ databaseUrl, extracted }: { databaseUrl: string; extracted: string }): Promise<Record<string, number>> {
  const manifest = readManifest(extracted)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('begin')
    await client.query('set local session_replication_role = replica')
    const existing = new Set(await publicTables(client))
    const tables = Object.keys(manifest.tables).filter((t) => existing.has(t))
    if (tables.length) await client.query(`truncate ${tables.map(quoteIdent).join(', ')} restart identity cascade`)
    const restored: Record<string, number> = {}
    for (const table of tables) {
      const lines = fs.readFileSync(path.join(extracted, 'database', `${table}.jsonl`), 'utf8').split('\n').filter(Boolean)
      for (let i = 0; i < lines.length; i += FETCH_SIZE) {
        const batch = `[${lines.slice(i, i + FETCH_SIZE).join(',')}]`
        await client.query(`insert into ${quoteIdent(table)} select * from json_populate_recordset(null::${quoteIdent(table)}, $1::json)`, [batch])
      }
      restored[table] = lines.length
    }
    // From the catalog rather than pg_get_serial_sequence over information_schema.columns: the planner may
    // evaluate that function on other schemas' rows (information_schema views) before the schema filter.
    const { rows: sequences } = await client.query<{ seq: string; table_name: string; column_name: string }>(
      `select format('%I.%I', sn.nspname, s.relname) as seq, t.relname as table_name, a.attname as column_name
         from pg_class s
         join pg_namespace sn on sn.oid = s.relnamespace
         join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
                         and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
         join pg_class t on t.oid = d.refobjid
         join pg_namespace tn on tn.oid = t.relnamespace
         join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where s.relkind = 'S' and tn.nspname = 'public'
        order by 1`,
    )
    for (const { table_name, column_name, seq } of sequences) {
      await client.query(
        `select setval($1, coalesce((select max(${quoteIdent(column_name)}) from ${quoteIdent(table_name)}), 0) + 1, false)`,
        [seq],
      )
    }
    await client.query('commit')
    return restored
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    await client.end()
  }
}

export function restoreMedia({ extracted, mediaDir }: { extracted: string; mediaDir: string }): number {
  const source = path.join(extracted, 'media')
  fs.mkdirSync(mediaDir, { recursive: true })
  for (const entry of fs.readdirSync(mediaDir)) {
    if (entry !== '.gitkeep') fs.rmSync(path.join(mediaDir, entry), { recursive: true, force: true })
  }
  if (!fs.existsSync(source)) return 0
  fs.cpSync(source, mediaDir, { recursive: true })
  return fs.readdirSync(source).length
}

/** files: media files put back into the media folder; mediaBucket: the bucket the archive's media were in, if any. */
export type RestoreResult = { rows: number; files: number; createdAt: string; mediaBucket?: string }

/**
 * Brings `archive` back onto the database `payload` is connected to (`databaseUrl`, the same one):
 * the backup's migrations, then its rows (replacing every row of its tables), then any newer
 * migrations; the media folder is replaced last. Restoring the same file again gives the same database.
 */
/** With `mediaInBucket` (S3 is on now) the media folder is left alone: the files belong in the bucket. */
export async function restoreBackup({ archive, payload, databaseUrl, mediaDir, mediaInBucket = false }: { archive: string; payload: Payload; databaseUrl: string; mediaDir: string; mediaInBucket?: boolean }): Promise<RestoreResult> {
  const extracted = extractBackup(archive)
  try {
    const manifest = readManifest(extracted)
    const known = new Set(migrations.map((m) => m.name))
    const unknown = manifest.migrations.filter((name) => !known.has(name))
    if (unknown.length) throw new CliError(`the backup comes from a newer version of Linli (migrations ${unknown.join(', ')}): upgrade first`)
    const newer = (await appliedMigrations(databaseUrl)).filter((name) => !manifest.migrations.includes(name))
    if (newer.length) {
      throw new CliError(
        `the database already has migrations the backup predates (${newer.join(', ')}); restore it onto an empty database ` +
          '(a new DATABASE_URL, or with the embedded one: stop the site and move .data/postgres away)',
      )
    }
    // Rows go into tables shaped as they were when the backup was made; newer migrations then run on top.
    await applyMigrations(payload, manifest.migrations)
    const rows = await restoreRows({ databaseUrl, extracted })
    await applyMigrations(payload)
    const files = mediaInBucket || manifest.mediaBucket ? 0 : restoreMedia({ extracted, mediaDir })
    return { rows: Object.values(rows).reduce((a, b) => a + b, 0), files, createdAt: manifest.createdAt, mediaBucket: manifest.mediaBucket }
  } finally {
    fs.rmSync(extracted, { recursive: true, force: true })
  }
}

async function appliedMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ exists: boolean }>("select to_regclass('public.payload_migrations') is not null as exists")
    if (!rows[0]?.exists) return []
    return (await client.query<{ name: string }>("select name from payload_migrations where name <> 'dev' order by id")).rows.map((r) => r.name)
  } finally {
    await client.end()
  }
}
