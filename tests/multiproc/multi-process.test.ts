import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import pg, { type Pool } from 'pg'
import { createClient } from 'redis'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { runApplicationLoad } from '../helpers/application-load'
import { eventually } from '../helpers/eventually'
import { mediaFiles } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { type Service, startNginx, startRedis, waitFor } from '../helpers/proxy-stack'
import { LOAD_ENV } from '../helpers/reliability-stack'
import { attachStandby, detachStandby, setSynchronousStandby, waitForReplay } from '../helpers/replica'
import { type S3TestServer, startS3Server } from '../helpers/s3'
import { freePort, type SiteServer, startSiteServer } from '../helpers/site-server'
import { createTestUser, loginOverHttp } from '../helpers/users'
import { startWorker, type Worker } from '../helpers/worker'
import { createFixtures } from '../recruitment/helpers/fixtures'
import { recipients, startSmtp, type TestSmtp } from '../recruitment/helpers/smtp'

const APPLICATIONS = Number(process.env.LINLI_MULTIPROC_APPLICATIONS ?? 2000)
const STANDBY = 'linli_multiproc_standby'

/**
 * A streaming standby of the run's own test cluster, as the site's read replica (tests/helpers/replica.ts).
 * With TEST_DATABASE_URL (a server this test cannot copy) the web processes read from the primary, said loudly.
 */
async function startStandbyOfTestCluster(): Promise<{ replicaUrl: string; adminUrl: string; caughtUp: () => Promise<void>; stop: () => Promise<void> } | undefined> {
  const primaryDataDir = inject('testClusterDir')
  if (!primaryDataDir) {
    console.warn('[multiproc] TEST_DATABASE_URL is set: no standby can be made of it, so this run has no read replica')
    return undefined
  }
  const database = new URL(inject('databaseUrl')).pathname.slice(1)
  const admin = new URL(inject('databaseUrl'))
  admin.pathname = '/postgres'
  const adminUrl = admin.toString()
  const standbyDataDir = path.join(path.dirname(primaryDataDir), `test-standby-${process.pid}`)
  fs.rmSync(standbyDataDir, { recursive: true, force: true })
  const { replicaUrl } = await attachStandby({ primaryAdminUrl: adminUrl, primaryDataDir, standbyDataDir, standbyPort: await freePort(), name: STANDBY, durable: false, database })
  await setSynchronousStandby(adminUrl, STANDBY)
  // The test's own Local API writes do not wait for the standby (only the site's sessions do): before the
  // site reads what the test wrote (a user it signs in as), the standby must have replayed it.
  const caughtUp = async () => {
    const [primary, replica] = [new pg.Client({ connectionString: adminUrl }), new pg.Client({ connectionString: replicaUrl })]
    await Promise.all([primary.connect(), replica.connect()])
    try {
      await waitForReplay(primary, replica)
    } finally {
      await Promise.all([primary.end(), replica.end()])
    }
  }
  return { replicaUrl, adminUrl, caughtUp, stop: () => detachStandby({ primaryAdminUrl: adminUrl, standbyDataDir, name: STANDBY }) }
}

describe('several processes as one site: nginx, two web processes, Redis, one worker, a read replica, media on S3', () => {
  let payload: Payload
  let redis: Awaited<ReturnType<typeof startRedis>>
  let smtp: TestSmtp
  let a: SiteServer
  let b: SiteServer
  let nginx: Service
  let worker: Worker
  let site: string
  let standby: Awaited<ReturnType<typeof startStandbyOfTestCluster>>
  let s3: S3TestServer
  const queue = `multiproc-${crypto.randomBytes(4).toString('hex')}`
  const figures: Record<string, unknown> = {}

  beforeAll(async () => {
    payload = await getTestPayload()
    await createFixtures(payload)
    redis = await startRedis()
    smtp = await startSmtp()
    const nginxPort = await freePort()
    site = `http://127.0.0.1:${nginxPort}`
    standby = await startStandbyOfTestCluster()
    s3 = await startS3Server({ bucket: 'linli-multiproc' })
    // Only the site's own sessions wait for the standby (synchronous_commit in their connection's options);
    // the other test files' sessions keep the test cluster's settings.
    const primaryUrl = new URL(inject('databaseUrl'))
    primaryUrl.searchParams.set('options', '-c synchronous_commit=remote_apply')
    const env = {
      ...LOAD_ENV,
      DATABASE_URL: primaryUrl.toString(),
      ...s3.env,
      ...(standby ? { DATABASE_REPLICA_URLS: standby.replicaUrl, DATABASE_REPLICA_AFTER_WRITE_MS: '0' } : {}),
      REDIS_URL: redis.url,
      LINLI_CACHE_PREFIX: `${queue}:`,
      RATE_LIMIT_SCOPE: queue,
      LOGIN_FAILURES_PER_CLIENT: '3',
      TRUST_PROXY: '1',
      SITE_URL: site,
      LINLI_RUN_JOBS: 'off',
      LINLI_JOBS_QUEUE: queue,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    }
    ;[a, b] = await Promise.all([startSiteServer(env, 180_000), startSiteServer(env, 180_000)])
    nginx = await startNginx(nginxPort, [a.port, b.port])
    worker = startWorker({ ...env, LINLI_WORKER_INTERVAL_MS: '250', LINLI_REVALIDATE_URL: site })
  })

  afterAll(async () => {
    console.info(`[multiproc] figures: ${JSON.stringify(figures)}`)
    worker?.process.kill('SIGTERM')
    await Promise.all([a?.stop(), b?.stop(), nginx?.stop()])
    await redis?.stop()
    await smtp?.stop()
    await standby?.stop()
    await s3?.stop()
  })

  it('a publish through A is visible through B within 2 s (shared cache in Redis, page memory cleared)', async () => {
    const editor = await createTestUser(payload, 'editor', 'multiproc-editor')
    await standby?.caughtUp()
    const auth = await loginOverHttp(a.url, editor)
    const slug = `multiproc-${crypto.randomBytes(4).toString('hex')}`
    const write = (method: string, url: string, body: unknown) =>
      fetch(url, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => {
        expect(r.status, await r.clone().text()).toBeLessThan(300)
        return (await r.json()) as { doc: { id: number } }
      })
    const { doc } = await write('POST', `${a.url}/api/stories`, { title: `第一版 ${slug}`, slug, summary: '多进程测试', _status: 'published' })
    const page = (server: SiteServer) => fetch(`${server.url}/stories/${slug}`).then(async (r) => ({ status: r.status, text: await r.text(), headers: r.headers }))
    await waitFor(async () => (await page(b)).text.includes(`第一版 ${slug}`), 10_000, 'the story through B')
    // B serves it from the cache (Next's, now in Redis, or its page memory) before the edit.
    await waitFor(async () => {
      const h = (await page(b)).headers
      return h.get('x-nextjs-cache') === 'HIT' || h.get('x-linli-micro-cache') === 'HIT'
    }, 10_000, 'a cached answer through B')
    const keys = createClient({ url: redis.url })
    await keys.connect()
    figures.redisKeys = (await keys.keys(`${queue}:*`)).length
    await keys.quit()
    expect(figures.redisKeys).toBeGreaterThan(0)

    const sent = Date.now()
    await write('PATCH', `${a.url}/api/stories/${doc.id}`, { title: `第二版 ${slug}` })
    // From the editor's answer: the save itself (hooks, versions, audit trail) is not the cache's time.
    const answered = Date.now()
    figures.publishAnswerMs = answered - sent
    await waitFor(async () => (await page(b)).text.includes(`第二版 ${slug}`), 2000, 'the edit through B within 2 s')
    figures.publishVisibleThroughBMs = Date.now() - answered
    expect(figures.publishVisibleThroughBMs).toBeLessThanOrEqual(2000)

    // Unpublishing and deleting through A take the page away through B just as fast.
    const timeUntil = async (change: () => Promise<unknown>, gone: () => Promise<boolean>, what: string) => {
      await change()
      const from = Date.now()
      await waitFor(gone, 2000, what)
      return Date.now() - from
    }
    figures.unpublishGoneThroughBMs = await timeUntil(
      () => write('PATCH', `${a.url}/api/stories/${doc.id}`, { _status: 'draft' }),
      async () => (await page(b)).status === 404,
      'the unpublished story gone through B within 2 s',
    )
    const other = `multiproc-${crypto.randomBytes(4).toString('hex')}`
    const { doc: second } = await write('POST', `${a.url}/api/stories`, { title: `将删除 ${other}`, slug: other, summary: '多进程测试', _status: 'published' })
    const otherPage = () => fetch(`${b.url}/stories/${other}`).then(async (r) => ({ status: r.status, text: await r.text() }))
    await waitFor(async () => (await otherPage()).text.includes(`将删除 ${other}`), 10_000, 'the second story through B')
    figures.deleteGoneThroughBMs = await timeUntil(
      () => fetch(`${a.url}/api/stories/${second.id}`, { method: 'DELETE', headers: { authorization: auth } }).then((r) => expect(r.status).toBe(200)),
      async () => (await otherPage()).status === 404,
      'the deleted story gone through B within 2 s',
    )
  })

  it('the web processes read from the replica, and a save through A is read back through B at once', async () => {
    if (!standby) return console.warn('[multiproc] no read replica in this run (TEST_DATABASE_URL): nothing to check here')
    const replica = new pg.Client({ connectionString: standby.replicaUrl })
    await replica.connect()
    const transactions = async () => Number((await replica.query<{ n: string }>('select xact_commit::text as n from pg_stat_database where datname = current_database()')).rows[0]!.n)
    try {
      expect((await replica.query<{ standby: boolean }>('select pg_is_in_recovery() as standby')).rows[0]!.standby).toBe(true)
      const before = await transactions()
      // Uncached reads of the content API through B (sorted by a field no page uses, so nothing is remembered).
      for (let i = 0; i < 20; i++) expect((await fetch(`${b.url}/api/stories?limit=1&where[slug][equals]=replica-probe-${i}`)).status).toBe(200)
      await eventually(async () => expect(await transactions()).toBeGreaterThanOrEqual(before + 20), 5000, 100)
      figures.replicaTransactionsFor20Reads = (await transactions()) - before

      const editor = await createTestUser(payload, 'editor', 'multiproc-replica-editor')
      await standby.caughtUp()
      const auth = await loginOverHttp(a.url, editor)
      const headers = { authorization: auth, 'content-type': 'application/json' }
      const created = await fetch(`${a.url}/api/stories`, { method: 'POST', headers, body: JSON.stringify({ title: '副本读回', slug: `multiproc-replica-${crypto.randomBytes(4).toString('hex')}`, summary: '读回测试' }) })
      const { doc } = (await created.json()) as { doc: { id: number } }
      for (let round = 0; round < 20; round++) {
        const title = `副本读回 第${round}次`
        expect((await fetch(`${a.url}/api/stories/${doc.id}?draft=true`, { method: 'PATCH', headers, body: JSON.stringify({ title }) })).status).toBe(200)
        const read = (await (await fetch(`${b.url}/api/stories/${doc.id}?draft=true&depth=0`, { headers: { authorization: auth } })).json()) as { title?: string }
        expect(read.title, `round ${round}`).toBe(title)
      }
    } finally {
      await replica.end()
    }
  })

  it('an image uploaded through A is in the bucket, with every size, and served the same through B', async () => {
    const editor = await createTestUser(payload, 'editor', 'multiproc-media-editor')
    await standby?.caughtUp()
    const auth = await loginOverHttp(a.url, editor)
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#c0392b' } }).jpeg().toBuffer()
    const name = `multiproc-${crypto.randomBytes(4).toString('hex')}.jpg`
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), name)
    form.append('_payload', JSON.stringify({ alt: '重阳慰问的合影' }))
    const res = await fetch(`${a.url}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    expect(res.status, await res.clone().text()).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number; filename: string; url: string; sizes: Record<string, { filename: string | null; url: string | null }> } }
    // The bucket is this run's own: it holds this image's files and nothing else.
    const stored = await s3.keys()
    expect(stored).toEqual(mediaFiles(doc).sort())
    expect(stored.length).toBeGreaterThan(3)
    // No process kept a copy on its own disk.
    expect(fs.existsSync(path.join(inject('mediaDir'), doc.filename))).toBe(false)

    const throughB = (await (await fetch(`${b.url}/api/media/${doc.id}?depth=0`)).json()) as { url: string; sizes: Record<string, { url: string | null }> }
    expect(throughB.url).toBe(doc.url)
    expect(throughB.url.startsWith(s3.env.S3_PUBLIC_URL!)).toBe(true)
    const original = await fetch(throughB.url)
    expect(Buffer.from(await original.arrayBuffer()).equals(photo)).toBe(true)
    for (const size of Object.values(throughB.sizes).filter((s) => s.url)) expect((await fetch(size.url!)).headers.get('content-type')).toMatch(/^image\//)
    // The site's own file address, through B, sends visitors to the bucket.
    const legacy = await fetch(`${b.url}/api/media/file/${doc.filename}`, { redirect: 'manual' })
    expect(legacy.status).toBe(302)
    expect(legacy.headers.get('location')).toBe(doc.url)
    figures.s3 = { objects: stored.length }
  })

  it('a sign-in limit reached through A holds through B (counted in Redis)', async () => {
    const client = `203.0.113.${crypto.randomInt(1, 250)}`
    const login = (server: SiteServer) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ email: `nobody-${crypto.randomBytes(3).toString('hex')}@test.linli.local`, password: 'wrong-password-1' }),
      })
    for (let i = 0; i < 3; i++) expect((await login(a)).status).toBe(401)
    expect((await login(b)).status).toBe(429)
  })

  it(`${APPLICATIONS} applications through nginx, half retried, one web process killed mid-load: every acknowledged one stored once and mailed once`, async () => {
    const firstIndex = 800_000 + crypto.randomInt(0, 100_000)
    let killedAt: number | undefined
    const report = await runApplicationLoad({
      siteUrl: () => site,
      total: APPLICATIONS,
      concurrency: 8,
      retryEvery: 2,
      deadlineMs: 240_000,
      firstIndex,
      persistent: true,
      onAnswer: (done) => {
        if (killedAt === undefined && done >= APPLICATIONS * 0.4) {
          killedAt = done
          b.process.kill('SIGKILL')
        }
      },
    })
    const emails = report.submissions.map((s) => `applicant${s.index}@example.com`)
    const pool = (payload.db as unknown as { pool: Pool }).pool
    const { rows } = await pool.query<{ email: string; n: string }>('select email, count(*) n from applications where email = any($1) group by email', [emails])
    const stored = new Map(rows.map((r) => [r.email, Number(r.n)]))
    const acknowledged = report.submissions.filter((s) => report.acknowledged.has(s.key)).map((s) => `applicant${s.index}@example.com`)
    figures.applications = { sent: report.submissions.length, acknowledged: report.accepted, failed: report.failed.length, stored: rows.length, seconds: Math.round(report.seconds * 10) / 10, killedBAfter: killedAt }
    expect(report.mismatchedRetries).toEqual([])
    expect(acknowledged.filter((e) => !stored.has(e))).toEqual([])
    expect([...stored.values()].filter((n) => n > 1)).toEqual([])
    expect(report.accepted).toBe(APPLICATIONS)
    expect(rows.length).toBe(APPLICATIONS)

    const applicantMails = () => smtp.messages.flatMap(recipients).filter((to) => emails.includes(to))
    await waitFor(async () => applicantMails().length >= APPLICATIONS, 180_000, `${APPLICATIONS} confirmations (have ${applicantMails().length})`)
    await new Promise((r) => setTimeout(r, 2000))
    const counts = new Map<string, number>()
    for (const to of applicantMails()) counts.set(to, (counts.get(to) ?? 0) + 1)
    figures.confirmations = { mailed: counts.size, twice: [...counts.values()].filter((n) => n > 1).length }
    expect([...counts.values()].filter((n) => n > 1)).toEqual([])
    expect(counts.size).toBe(APPLICATIONS)
  }, 600_000)
})
