import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { bootstrap } from '../../scripts/lib/bootstrap'
import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { startSiteServer, type SiteServer } from '../../tests/helpers/site-server'

export const BENCH_DATA_DIR = path.join(REPO_ROOT, '.data', 'bench-postgres')
export const ADMIN = { email: 'bench-admin@linli.local', password: 'bench-Admin-password-1234' }

export type Stack = {
  databaseUrl: string
  adminUrl: string
  env: Record<string, string>
  server: SiteServer
  restartServer: () => Promise<SiteServer>
  /** Figures one bench measures for another in the same run (e.g. the framework's own JS). */
  shared: Record<string, number>
  stop: () => Promise<void>
}

/**
 * A durable embedded PostgreSQL (the same settings production uses), a fresh database with the
 * migrations and the demo content, and the production server on it.
 */
export async function startStack(): Promise<Stack> {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54529)
  const { url: adminUrl } = await startEmbeddedPostgres({ dataDir: BENCH_DATA_DIR, port, durable: true, database: 'postgres' })
  const database = `linli_bench_${Date.now()}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  const stale = await admin.query<{ datname: string }>("select datname from pg_database where datname like 'linli_bench_%'")
  for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`)
  await admin.query(`create database "${database}"`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  const databaseUrl = url.toString()

  const mailDir = path.join(REPO_ROOT, '.data', 'bench-mail')
  const mediaDir = path.join(REPO_ROOT, '.data', 'bench-media')
  for (const dir of [mailDir, mediaDir]) fs.rmSync(dir, { recursive: true, force: true })
  const env = {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'bench-secret-not-for-production-0123456789',
    MAIL_DIR: mailDir,
    MEDIA_DIR: mediaDir,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LINLI_INSECURE_COOKIES: '1',
  }
  Object.assign(process.env, env)
  await bootstrap({ demoContent: true, requireTwoFactor: false })

  let server = await startSiteServer(env, 120_000)
  return {
    databaseUrl,
    adminUrl,
    env,
    shared: {},
    get server() {
      return server
    },
    restartServer: async () => {
      await server.stop()
      server = await startSiteServer(env, 120_000)
      return server
    },
    stop: async () => {
      await server.stop()
      await stopEmbeddedPostgres(BENCH_DATA_DIR)
    },
  }
}
