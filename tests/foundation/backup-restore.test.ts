import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { createBackup, restoreBackup } from '../../scripts/lib/backup'
import { getTestPayload } from '../helpers/payload'

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

/** A command as the README runs it: plain Node on the bundled entry. */
function runCommand(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

/** The documents a reader sees: stories with their texts, media files, site settings. */
async function contentSnapshot(databaseUrl: string) {
  const stories = await query(databaseUrl, 'select s.id, s.slug, l.title, l._locale from stories s join stories_locales l on l._parent_id = s.id order by s.id, l._locale')
  const media = await query(databaseUrl, 'select id, filename, sizes_og_filename from media order by id')
  const settings = await query(databaseUrl, 'select * from site_settings_locales order by _locale')
  return { stories, media, settings: settings.map(({ id: _id, ...rest }) => rest) }
}

/** Every row of every table and every sequence's position: two equal dumps are the same database. */
async function databaseDump(databaseUrl: string): Promise<Record<string, string[]>> {
  const tables = await query<{ tablename: string }>(databaseUrl, "select tablename from pg_tables where schemaname = 'public' order by tablename")
  const dump: Record<string, string[]> = {}
  for (const { tablename } of tables) {
    const rows = await query<{ row: string }>(databaseUrl, `select row_to_json(t)::text as row from "${tablename}" t`)
    dump[tablename] = rows.map((r) => r.row).sort()
  }
  const sequences = await query<{ name: string; last_value: string | null }>(databaseUrl, "select sequencename as name, last_value from pg_sequences where schemaname = 'public' order by 1")
  dump['(sequences)'] = sequences.map((s) => `${s.name}=${s.last_value}`)
  return dump
}

async function freshDatabase(sourceUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: sourceUrl })
  await admin.connect()
  await admin.query(`create database "${name}"`)
  await admin.end()
  const url = new URL(sourceUrl)
  url.pathname = `/${name}`
  return url.toString()
}

describe('backup and restore', () => {
  const workDir = path.join(REPO_ROOT, '.data', 'test-backup')
  const archive = path.join(workDir, 'linli-test.tar.gz')
  let sourceUrl: string
  let sourceMedia: string

  beforeAll(async () => {
    const payload = await getTestPayload()
    sourceUrl = process.env.DATABASE_URL!
    sourceMedia = process.env.MEDIA_DIR!
    fs.rmSync(workDir, { recursive: true, force: true })
    fs.mkdirSync(workDir, { recursive: true })
    const image = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#d97' } }).jpeg().toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: '备份测试图片' },
      file: { data: image, mimetype: 'image/jpeg', name: 'backup-test.jpg', size: image.length },
    })
    await payload.create({
      collection: 'stories',
      data: { title: '备份里的故事', summary: '用来检验备份与恢复', cover: media.id, _status: 'published' },
      context: { disableRevalidate: true },
    })
    await payload.updateGlobal({ slug: 'site-settings', data: { footer: `备份测试 ${Date.now()}` }, context: { disableRevalidate: true } })
    // Backed up while the test server holds its own connections to the same database.
    const manifest = await createBackup({ databaseUrl: sourceUrl, mediaDir: sourceMedia, outFile: archive })
    expect(manifest.tables.stories).toBeGreaterThan(0)
  })

  it('writes an archive only its owner can read', () => {
    expect(fs.statSync(archive).mode & 0o077).toBe(0)
  })

  it('restores onto a fresh database with `npm run restore`, and restoring it again gives the same database', async () => {
    const freshUrl = await freshDatabase(sourceUrl, `linli_test_restore_${Date.now()}`)
    const restoredMedia = path.join(workDir, 'media-restored')
    const dumps = []
    for (let round = 1; round <= 2; round++) {
      const run = runCommand('scripts/restore.ts', [archive], { DATABASE_URL: freshUrl, MEDIA_DIR: restoredMedia })
      expect(run.stderr).not.toMatch(/ended before it finished|failed/)
      expect(run.stdout).toMatch(/\[linli\] restored \d+ rows and \d+ media files/)
      expect(run.status).toBe(0)
      dumps.push(await databaseDump(freshUrl))
    }
    expect(dumps[1]).toEqual(dumps[0])

    const before = await contentSnapshot(sourceUrl)
    expect(await contentSnapshot(freshUrl)).toEqual(before)
    expect(before.stories.some((s) => s.title === '备份里的故事')).toBe(true)

    const sourceFiles = fs.readdirSync(sourceMedia).sort()
    expect(fs.readdirSync(restoredMedia).sort()).toEqual(sourceFiles)
    for (const file of sourceFiles) {
      expect(fs.readFileSync(path.join(restoredMedia, file)).equals(fs.readFileSync(path.join(sourceMedia, file)))).toBe(true)
    }

    // New documents after a restore get fresh ids (sequences were moved past the restored rows).
    const [inserted] = await query<{ id: number }>(freshUrl, "insert into topics (slug) values ('after-restore') returning id")
    const [{ max }] = await query<{ max: number }>(freshUrl, 'select max(id) as max from topics')
    expect(inserted!.id).toBe(max)
  }, 300_000)

  it('brings back the backed-up content over later edits, twice in a row, in the same process', async () => {
    const payload = await getTestPayload()
    const before = await contentSnapshot(sourceUrl)
    const later = await payload.create({
      collection: 'stories',
      data: { title: '备份之后写的故事', summary: '恢复后应当不见', _status: 'published' },
      context: { disableRevalidate: true },
    })
    expect((await contentSnapshot(sourceUrl)).stories.some((s) => s.id === later.id)).toBe(true)
    for (let round = 1; round <= 2; round++) {
      const result = await restoreBackup({ archive, payload, databaseUrl: sourceUrl, mediaDir: sourceMedia })
      expect(result.rows).toBeGreaterThan(0)
      expect(await contentSnapshot(sourceUrl)).toEqual(before)
    }
    // The Payload instance keeps working on the restored rows.
    const { totalDocs } = await payload.count({ collection: 'stories', where: { title: { equals: '备份里的故事' } } })
    expect(totalDocs).toBe(1)
  })

  it('refuses a file that is not a backup with a clear message, changing nothing', async () => {
    const bogus = path.join(workDir, 'bogus.tar.gz')
    fs.writeFileSync(bogus, 'not a tar file')
    const before = await contentSnapshot(sourceUrl)
    const run = runCommand('scripts/restore.ts', [bogus], { DATABASE_URL: sourceUrl, MEDIA_DIR: sourceMedia })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`[linli] restore: ${bogus} is not a Linli backup`)
    expect(await contentSnapshot(sourceUrl)).toEqual(before)
  }, 180_000)
})
