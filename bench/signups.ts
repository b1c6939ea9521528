import crypto from 'node:crypto'
import http from 'node:http'

import { solveProofsOfWork } from '../tests/helpers/applicant'
import { runApplicationLoad } from '../tests/helpers/application-load'
import { type ReliabilityStack, startReliabilityStack } from '../tests/helpers/reliability-stack'
import type { BenchOutcome } from './lib/results'

const RACERS = 300
const LAST_PLACES = 20
const CAPACITY = 1000
const SECONDS = Number(process.env.BENCH_SIGNUP_SECONDS ?? 10)
const CONCURRENCY = 50

/** A published activity taking sign-ups, written straight into the bench's own database (its server has no staff account). */
async function insertActivity(stack: ReliabilityStack, slug: string, capacity: number): Promise<number> {
  const starts = new Date(Date.now() + 10 * 86_400_000).toISOString()
  const ends = new Date(Date.now() + 10 * 86_400_000 + 3 * 3_600_000).toISOString()
  const [row] = await stack.query<{ id: number }>(
    `insert into activities (slug, kind, starts_at, ends_at, capacity, signup_enabled, signup_max_party, signup_held_for_phone, _status)
     values ($1, 'festival', $2, $3, $4, true, 2, 0, 'published') returning id`,
    [slug, starts, ends, capacity],
  )
  await stack.query(`insert into activities_locales (title, _locale, _parent_id) values ('基准测试活动', 'zh', $1)`, [row!.id])
  return row!.id
}

const agent = new http.Agent({ keepAlive: true, maxSockets: RACERS })
const phoneOf = (n: number) => `137${String(n).padStart(8, '0')}`

/** One sign-up through the real public path (the enhanced form's JSON answer), timed. */
function postSignup(url: string, slug: string, n: number, party: number): Promise<{ status: number; ms: number; body: { status?: string; reference?: string } }> {
  const body = new URLSearchParams({ name: `居民${n}`, phone: phoneOf(n), partySize: String(party), consent: 'on', idempotencyKey: crypto.randomBytes(16).toString('base64url') }).toString()
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/activities/${slug}/signup`,
      { method: 'POST', agent, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          let parsed = {}
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'))
          } catch {
            // not JSON: counted by its status
          }
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: parsed })
        })
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

const percentile = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN)

/**
 * 300 clients racing for the last 20 places of an activity (parties of 1–2) through the real public
 * path, then sustained sign-ups per second beside applications on the same server and database.
 */
export async function benchSignups(): Promise<BenchOutcome> {
  const stack = await startReliabilityStack('bench-signups', { LINLI_RUN_JOBS: 'off' })
  try {
    const url = stack.server().url
    // ---- the race for the last places
    const raceId = await insertActivity(stack, 'bench-race', CAPACITY)
    // Everyone but the last 20 places is taken already (490 parties of two).
    await stack.query(
      `insert into signups (reference, token, activity_id, status, source, party_size, name, phone, confirmed_at, created_at, updated_at)
       select 'PRE-' || n, md5('pre' || n), $1, 'confirmed', 'online', 2, '已报名' || n, '136' || lpad(n::text, 8, '0'), now(), now(), now()
       from generate_series(1, $2::int) as n`,
      [raceId, (CAPACITY - LAST_PLACES) / 2],
    )
    await postSignup(url, 'bench-race-warm', 0, 1).catch(() => undefined)
    const answers = await Promise.all(Array.from({ length: RACERS }, (_, i) => postSignup(url, 'bench-race', i + 1, (i % 2) + 1)))
    const byStatus = answers.reduce<Record<string, number>>((m, a) => ((m[`${a.status} ${a.body.status ?? ''}`.trim()] = (m[`${a.status} ${a.body.status ?? ''}`.trim()] ?? 0) + 1), m), {})
    const [race] = await stack.query<{ confirmed: number; racers_confirmed: number; waitlisted: number; parties: number; distinct_phones: number; total: number }>(
      `select coalesce(sum(party_size) filter (where status = 'confirmed'), 0)::int as confirmed,
         coalesce(sum(party_size) filter (where status = 'confirmed' and reference not like 'PRE-%'), 0)::int as racers_confirmed,
         count(*) filter (where status = 'waitlisted')::int as waitlisted,
         count(*) filter (where reference not like 'PRE-%')::int as parties,
         count(distinct phone) filter (where reference not like 'PRE-%')::int as distinct_phones,
         count(*)::int as total
       from signups where activity_id = $1`,
      [raceId],
    )
    const raceLatency = answers.map((a) => a.ms).sort((a, b) => a - b)

    // ---- sustained sign-ups per second
    const loadId = await insertActivity(stack, 'bench-load', 1_000_000)
    const latencies: number[] = []
    let accepted = 0
    let failed = 0
    let next = 100_000
    const started = performance.now()
    const deadline = started + SECONDS * 1000
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          const n = next++
          const a = await postSignup(url, 'bench-load', n, (n % 2) + 1)
          if (a.status === 201) {
            accepted++
            latencies.push(a.ms)
          } else failed++
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    const signupsPerSecond = Math.round(accepted / seconds)
    const [stored] = await stack.query<{ n: number }>('select count(*)::int as n from signups where activity_id = $1', [loadId])

    // ---- applications on the same server, same length, same clients
    const proofs = await solveProofsOfWork(url, Math.min(3000, Math.max(500, signupsPerSecond * SECONDS * 2)))
    const apps = await runApplicationLoad({ siteUrl: () => url, total: proofs.length, solvedProofs: proofs, concurrency: CONCURRENCY, deadlineMs: SECONDS * 1000 })
    const appLatency = [...apps.latenciesMs].sort((a, b) => a - b)
    const applicationsPerSecond = Math.round(apps.accepted / apps.seconds)

    const failures: string[] = []
    if (race!.racers_confirmed !== LAST_PLACES) failures.push(`${race!.racers_confirmed} persons confirmed in the race (exactly ${LAST_PLACES} expected)`)
    if (race!.confirmed > CAPACITY) failures.push(`oversold: ${race!.confirmed} confirmed for ${CAPACITY} places`)
    if (race!.parties !== RACERS || race!.distinct_phones !== RACERS) failures.push(`${race!.parties} sign-ups stored for ${RACERS} racers (${race!.distinct_phones} distinct phones)`)
    if (signupsPerSecond < applicationsPerSecond) failures.push(`sign-ups ${signupsPerSecond}/s slower than applications ${applicationsPerSecond}/s`)
    return {
      data: {
        race: { racers: RACERS, lastPlaces: LAST_PLACES, capacity: CAPACITY, ...race, answers: byStatus, latencyMs: { median: percentile(raceLatency, 50), p99: percentile(raceLatency, 99), max: Math.round(raceLatency.at(-1) ?? NaN) } },
        signups: { concurrency: CONCURRENCY, seconds: Math.round(seconds * 10) / 10, accepted, failed, stored: stored!.n, perSecond: signupsPerSecond, latencyMs: { median: percentile(latencies, 50), p99: percentile(latencies, 99) } },
        applications: { concurrency: CONCURRENCY, seconds: Math.round(apps.seconds * 10) / 10, accepted: apps.accepted, failed: apps.failed.length, perSecond: applicationsPerSecond, latencyMs: { median: percentile(appLatency, 50), p99: percentile(appLatency, 99) } },
      },
      summary: [
        `Race: ${RACERS} clients at once for the last ${LAST_PLACES} of ${CAPACITY} places (parties of 1–2): ${race!.racers_confirmed} persons confirmed, ${race!.waitlisted} parties waitlisted, ${race!.parties} sign-ups stored for ${RACERS} racers (${race!.distinct_phones} distinct phones), ${race!.confirmed} of ${CAPACITY} places taken; answers ${JSON.stringify(byStatus)}; latency median ${percentile(raceLatency, 50)} ms, p99 ${percentile(raceLatency, 99)} ms.`,
        `Sustained: ${signupsPerSecond} sign-ups/s for ${Math.round(seconds)} s from ${CONCURRENCY} clients (median ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, ${failed} not accepted), beside ${applicationsPerSecond} applications/s on the same server (median ${percentile(appLatency, 50)} ms, p99 ${percentile(appLatency, 99)} ms; applications verify a proof of work each, the sign-ups here come without one, as from a browser with JavaScript off).`,
      ],
      failures,
    }
  } finally {
    agent.destroy()
    await stack.stop()
  }
}
