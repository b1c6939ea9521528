import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { applyMigrations, withPayload } from '../../scripts/lib/payload-instance'
import { hasProductionBuild, startSiteServer, type SiteServer } from '../helpers/site-server'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    siteUrl: string
    payloadSecret: string
    mailDir: string
    mediaDir: string
    /** The embedded test cluster's real data directory ('' with TEST_DATABASE_URL): the multi-process test attaches a standby to it. */
    testClusterDir: string
  }
}

const TEST_DATA_DIR = path.join(REPO_ROOT, '.data', 'test-postgres')
const TEST_PORT = Number(process.env.TEST_PG_PORT ?? 54339)

/**
 * Migrations run here, in vitest's own process (no child process, no loader hooks), with the one Payload
 * instance this process ever loads; the test files load their own in their workers.
 */
async function migrate(env: Record<string, string>): Promise<void> {
  Object.assign(process.env, env)
  await withPayload((payload) => applyMigrations(payload))
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
    server = await startSiteServer({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: payloadSecret, MAIL_DIR: mailDir, MEDIA_DIR: mediaDir, LINLI_INSECURE_COOKIES: '1' }, 240_000)
  }

  project.provide('databaseUrl', databaseUrl)
  project.provide('siteUrl', server?.url ?? '')
  project.provide('payloadSecret', payloadSecret)
  project.provide('mailDir', mailDir)
  project.provide('mediaDir', mediaDir)
  project.provide('testClusterDir', startedCluster ? fs.realpathSync(TEST_DATA_DIR) : '')

  return async () => {
    await server?.stop()
    if (startedCluster && process.env.LINLI_KEEP_TEST_DB !== '1') await stopEmbeddedPostgres(TEST_DATA_DIR)
  }
}
