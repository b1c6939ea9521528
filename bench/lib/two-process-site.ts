import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { type Service, startNginx, startRedis } from '../../tests/helpers/proxy-stack'
import { LOAD_ENV } from '../../tests/helpers/reliability-stack'
import { freePort, type SiteServer, startSiteServer } from '../../tests/helpers/site-server'
import { startWorker, type Worker } from '../../tests/helpers/worker'
import { ADMIN } from './stack'

export type TwoProcessSite = {
  a: SiteServer
  b: SiteServer
  /** nginx with the committed config and one upstream (A), and with both (A and B). */
  one: string
  two: string
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>
  stop: () => Promise<void>
}

function prepareDatabase(env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), 'bench/lib/prepare-database.ts'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`preparing the database failed (${code}):\n${log}`)))))
}

/**
 * Production's several-process layout on this machine: its own durable PostgreSQL with the demo content, Redis,
 * two web processes (no jobs, shared cache and limits in Redis), one worker, and nginx in front of one or both.
 */
export async function startTwoProcessSite(name: string): Promise<TwoProcessSite> {
  const dataDir = path.join(REPO_ROOT, '.data', `${name}-postgres`)
  await stopEmbeddedPostgres(dataDir, 'immediate').catch(() => undefined)
  fs.rmSync(dataDir, { recursive: true, force: true })
  const { url: databaseUrl } = await startEmbeddedPostgres({ dataDir, port: await freePort(), durable: true })
  const mailDir = path.join(REPO_ROOT, '.data', `${name}-mail`)
  const mediaDir = path.join(REPO_ROOT, '.data', `${name}-media`)
  for (const dir of [mailDir, mediaDir]) fs.rmSync(dir, { recursive: true, force: true })
  const services: Array<{ stop: () => Promise<void> }> = []
  let worker: Worker | undefined
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 })
  pool.on('error', () => undefined)
  const stop = async () => {
    worker?.process.kill('SIGTERM')
    await Promise.all(services.map((s) => s.stop()))
    await pool.end().catch(() => undefined)
    await stopEmbeddedPostgres(dataDir, 'immediate')
  }
  try {
    const redis = await startRedis()
    services.push(redis)
    const [onePort, twoPort] = [await freePort(), await freePort()]
    const two = `http://127.0.0.1:${twoPort}`
    const env = {
      ...LOAD_ENV,
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: `${name}-secret-not-for-production-0123456789`,
      MAIL_DIR: mailDir,
      MEDIA_DIR: mediaDir,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LINLI_INSECURE_COOKIES: '1',
      REDIS_URL: redis.url,
      LINLI_CACHE_PREFIX: `${name}:`,
      RATE_LIMIT_SCOPE: name,
      TRUST_PROXY: '1',
      SITE_URL: two,
      LINLI_RUN_JOBS: 'off',
      LINLI_JOBS_QUEUE: name,
    }
    await prepareDatabase(env)
    const [a, b] = await Promise.all([startSiteServer(env, 180_000), startSiteServer(env, 180_000)])
    services.push(a, b)
    const nginx: Service[] = [await startNginx(onePort, [a.port]), await startNginx(twoPort, [a.port, b.port])]
    services.push(...nginx)
    worker = startWorker({ ...env, LINLI_WORKER_INTERVAL_MS: '250', LINLI_REVALIDATE_URL: two })
    return { a, b, one: `http://127.0.0.1:${onePort}`, two, query: async (sql, params) => (await pool.query(sql, params)).rows, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
