import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { hasProductionBuild, startSiteServer, type SiteServer } from '../helpers/site-server'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    siteUrl: string
    payloadSecret: string
    mailDir: string
    mediaDir: string
  }
}

const TEST_DATA_DIR = path.join(REPO_ROOT, '.data', 'test-postgres')
const TEST_PORT = Number(process.env.TEST_PG_PORT ?? 54339)

async function appliedMigrations(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>("select count(*) as n from payload_migrations where batch > 0").catch(() => ({ rows: [{ n: '0' }] }))
    return Number(rows[0].n)
  } finally {
    await client.end()
  }
}

/**
 * Migrations run in a child process so nothing of Payload stays in the runner. That child has been seen
 * to end early under load without doing anything (exit 13, or 0 with no output), so success is read
 * from the database itself and the step is retried.
 */
async function migrate(env: Record<string, string>): Promise<void> {
  const expected = (fs.readFileSync(path.join(REPO_ROOT, 'src/migrations/index.ts'), 'utf8').match(/^\s*name: '/gm) ?? []).length
  let failure = ''
  for (let attempt = 1; attempt <= 4; attempt++) {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/migrate.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    })
    if ((await appliedMigrations(env.DATABASE_URL)) === expected) return
    failure += `attempt ${attempt}: status ${run.status}, signal ${run.signal}, ${run.error ?? ''}\n${run.stdout}\n${run.stderr}\n`
  }
  throw new Error(`migrations failed:\n${failure}`)
}

/** A throwaway cluster (durability off), a fresh database per run, migrations applied, and the built site served against it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedCluster = !process.env.TEST_DATABASE_URL
  const adminUrl =
    process.env.TEST_DATABASE_URL ??
    (await startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, port: TEST_PORT, durable: false, database: 'postgres' })).url
  const database = `linli_test_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'linli_test_%'")
  for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`)
  await admin.query(`create database "${database}"`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  const databaseUrl = url.toString()
  const payloadSecret = `test-secret-${Date.now()}`
  const mailDir = path.join(REPO_ROOT, '.data', 'test-mail')
  const mediaDir = path.join(REPO_ROOT, '.data', 'test-media')
  fs.rmSync(mediaDir, { recursive: true, force: true })
  fs.rmSync(mailDir, { recursive: true, force: true })

  await migrate({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, MAIL_DIR: mailDir, MEDIA_DIR: mediaDir })

  let server: SiteServer | undefined
  if (hasProductionBuild() && process.env.LINLI_TEST_SERVER !== 'off') {
    server = await startSiteServer({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, MAIL_DIR: mailDir, MEDIA_DIR: mediaDir, LINLI_INSECURE_COOKIES: '1' })
  }

  project.provide('databaseUrl', databaseUrl)
  project.provide('siteUrl', server?.url ?? '')
  project.provide('payloadSecret', payloadSecret)
  project.provide('mailDir', mailDir)
  project.provide('mediaDir', mediaDir)

  return async () => {
    await server?.stop()
    if (startedCluster && process.env.LINLI_KEEP_TEST_DB !== '1') await stopEmbeddedPostgres(TEST_DATA_DIR)
  }
}
