import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { freePort, startSiteServer, type SiteServer } from './site-server'

/**
 * Settings for load through the real form path: the per-client limits are lifted (all load comes
 * from one loopback address) and the proof of work is made quick to *solve* (the client's cost);
 * the server still verifies every solution at full cost.
 */
export const LOAD_ENV = {
  RATE_LIMIT_APPLICATIONS_PER_MINUTE: '1000000',
  RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE: '1000000',
  RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE: '1000000',
  RATE_LIMIT_SIGNUPS_PER_MINUTE: '1000000',
  RATE_LIMIT_UNVERIFIED_SIGNUPS_PER_MINUTE: '1000000',
  RATE_LIMIT_SIGNUP_ATTEMPTS_PER_MINUTE: '1000000',
  ALTCHA_MAX_COUNTER: '20',
}

export type ReliabilityStack = {
  dataDir: string
  databaseUrl: string
  mailDir: string
  server: () => SiteServer
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>
  restartServer: (how: 'SIGKILL' | 'SIGTERM') => Promise<void>
  stopDatabase: (mode: 'fast' | 'immediate') => Promise<void>
  startDatabase: () => Promise<void>
  stop: () => Promise<void>
}

/** Its own durable PostgreSQL (acknowledged means committed to disk) and its own production server, both killable. */
export async function startReliabilityStack(name: string, extraEnv: Record<string, string> = {}): Promise<ReliabilityStack> {
  const dataDir = path.join(REPO_ROOT, '.data', `test-${name}-postgres`)
  await stopEmbeddedPostgres(dataDir, 'immediate').catch(() => undefined)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const port = await freePort()
  const { url: databaseUrl } = await startEmbeddedPostgres({ dataDir, port, durable: true })
  const mailDir = path.join(REPO_ROOT, '.data', `test-${name}-mail`)
  const mediaDir = path.join(REPO_ROOT, '.data', `test-${name}-media`)
  for (const dir of [mailDir, mediaDir]) fs.rmSync(dir, { recursive: true, force: true })
  const env = {
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: `reliability-secret-${name}-0123456789`,
    MAIL_DIR: mailDir,
    MEDIA_DIR: mediaDir,
    LINLI_JOBS_QUEUE: `reliability-${name}`,
    ...LOAD_ENV,
    ...extraEnv,
  }
  let server = await startSiteServer(env, 120_000)
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  pool.on('error', () => undefined)
  return {
    dataDir,
    databaseUrl,
    mailDir,
    server: () => server,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    restartServer: async (how) => {
      if (how === 'SIGKILL') {
        const exited = new Promise((resolve) => server.process.once('exit', resolve))
        server.process.kill('SIGKILL')
        await exited
      } else await server.stop()
      server = await startSiteServer(env, 120_000)
    },
    stopDatabase: (mode) => stopEmbeddedPostgres(dataDir, mode),
    startDatabase: async () => {
      await startEmbeddedPostgres({ dataDir, port, durable: true })
    },
    stop: async () => {
      await server.stop()
      await pool.end().catch(() => undefined)
      await stopEmbeddedPostgres(dataDir, 'immediate')
    },
  }
}
