import os from 'node:os'

import { solveProofsOfWork } from '../tests/helpers/applicant'
import { runApplicationLoad } from '../tests/helpers/application-load'
import { adminToken } from './freshness'
import { combined, loadTest, percentile, round, type LoadResult } from './lib/load'
import type { BenchOutcome } from './lib/results'
import { startTwoProcessSite, type TwoProcessSite } from './lib/two-process-site'
import { publicPages } from './pages'

type Config = 'one' | 'two'
const CONFIGS: Config[] = ['one', 'two']
const LABEL: Record<Config, string> = { one: 'one web process behind nginx', two: 'two web processes behind nginx' }
const ROUNDS = 3
const PAGE_SECONDS = Number(process.env.BENCH_MULTIPROC_PAGE_SECONDS ?? 3)
const APPLICATION_SECONDS = Number(process.env.BENCH_MULTIPROC_APPLICATION_SECONDS ?? 5)
/** Proofs solved per round: more than a round can use at the rates seen here, so the clock, not the supply, ends it. */
const PROOFS_PER_ROUND = Number(process.env.BENCH_MULTIPROC_PROOFS ?? 300 * APPLICATION_SECONDS)
const CONNECTIONS = 32
const CONCURRENCY = 50
const EDITS = 10
const VISIBLE_WITHIN_MS = 2000
const GIVE_UP_MS = 5000

type AppRun = { accepted: number; failed: number; mismatched: number; seconds: number; latenciesMs: number[] }

async function pageRounds(site: TwoProcessSite, paths: Record<string, string>) {
  const runs: Record<string, Record<Config, LoadResult[]>> = {}
  for (const p of Object.values(paths)) for (const c of CONFIGS) await loadTest(`${site[c]}${p}`, { connections: CONNECTIONS, seconds: 2 })
  for (let r = 0; r < ROUNDS; r++) {
    for (const [page, p] of Object.entries(paths)) {
      for (const c of CONFIGS) ((runs[page] ??= { one: [], two: [] })[c]).push(await loadTest(`${site[c]}${p}`, { connections: CONNECTIONS, seconds: PAGE_SECONDS }))
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([page, byConfig]) => [page, { one: combined(byConfig.one, PAGE_SECONDS), two: combined(byConfig.two, PAGE_SECONDS), rounds: { one: byConfig.one.map((x) => x.requestsPerSecond), two: byConfig.two.map((x) => x.requestsPerSecond) } }]))
}

async function applicationRounds(site: TwoProcessSite) {
  let index = 1_000_000
  const runs: Record<Config, AppRun[]> = { one: [], two: [] }
  // Warm both routes and pools (counted in the stored total below, not in the figures).
  let warm = 0
  for (const c of CONFIGS) warm += (await runApplicationLoad({ siteUrl: () => site[c], total: 50, concurrency: 10, deadlineMs: 30_000, firstIndex: (index += 20_000) })).accepted
  for (let r = 0; r < ROUNDS; r++) {
    for (const c of CONFIGS) {
      // Solved before the timed phase (as bench/applications.ts does): the client's solving takes no CPU from the servers measured.
      const proofs = await solveProofsOfWork(site[c], PROOFS_PER_ROUND)
      const report = await runApplicationLoad({ siteUrl: () => site[c], total: proofs.length, solvedProofs: proofs, concurrency: CONCURRENCY, deadlineMs: APPLICATION_SECONDS * 1000, firstIndex: (index += 20_000) })
      runs[c].push({ accepted: report.accepted, failed: report.failed.length, mismatched: report.mismatchedRetries.length, seconds: report.seconds, latenciesMs: report.latenciesMs })
    }
  }
  const [stored] = await site.query<{ n: number }>('select count(*)::int as n from applications')
  const summed = (c: Config) => {
    const accepted = runs[c].reduce((s, x) => s + x.accepted, 0)
    const seconds = runs[c].reduce((s, x) => s + x.seconds, 0)
    const latencies = runs[c].flatMap((x) => x.latenciesMs).sort((a, b) => a - b)
    return {
      perSecond: Math.round(accepted / seconds),
      accepted,
      failed: runs[c].reduce((s, x) => s + x.failed, 0),
      mismatchedRetries: runs[c].reduce((s, x) => s + x.mismatched, 0),
      medianMs: Math.round(percentile(latencies, 50)),
      p99Ms: Math.round(percentile(latencies, 99)),
      rounds: runs[c].map((x) => Math.round(x.accepted / x.seconds)),
    }
  }
  const totalAccepted = warm + runs.one.concat(runs.two).reduce((s, x) => s + x.accepted, 0)
  return { one: summed('one'), two: summed('two'), acceptedInAll: totalAccepted, storedInDatabase: stored!.n }
}

/** An edit published through A (REST, a staff session), then B itself polled every 25 ms until its page shows the new title. */
async function publishToVisible(site: TwoProcessSite, storyPath: string) {
  const auth = await adminToken(site.a.url)
  const slug = decodeURIComponent(storyPath.split('/').pop()!)
  const found = (await (await fetch(`${site.a.url}/api/stories?limit=1&depth=0&where[slug][equals]=${encodeURIComponent(slug)}`, { headers: { authorization: auth } })).json()) as { docs: Array<{ id: number; title: string }> }
  const story = found.docs[0]
  if (!story) throw new Error(`story ${slug} not found through A`)
  const rounds: Array<{ saveMs: number; visibleAfterAnswerMs: number | null }> = []
  for (let i = 0; i < EDITS; i++) {
    // B has the page cached (its memory and the shared cache) before the edit.
    for (let k = 0; k < 2; k++) await fetch(`${site.b.url}${storyPath}`).then((r) => r.arrayBuffer())
    const marker = `多进程${Date.now().toString(36)}${i}`
    const sent = performance.now()
    const res = await fetch(`${site.a.url}/api/stories/${story.id}?locale=zh`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ title: `${story.title.slice(0, 60)} ${marker}`, _status: 'published' }),
    })
    if (!res.ok) throw new Error(`publishing the edit through A failed: ${res.status} ${await res.text()}`)
    const answered = performance.now()
    let visible: number | null = null
    while (performance.now() - answered < GIVE_UP_MS) {
      if ((await fetch(`${site.b.url}${storyPath}`).then((r) => r.text(), () => '')).includes(marker)) {
        visible = Math.round(performance.now() - answered)
        break
      }
      await new Promise((r) => setTimeout(r, 25))
    }
    rounds.push({ saveMs: Math.round(answered - sent), visibleAfterAnswerMs: visible })
  }
  const times = rounds.map((r) => r.visibleAfterAnswerMs ?? Infinity).sort((a, b) => a - b)
  return { edits: EDITS, rounds, medianMs: percentile(times, 50), maxMs: times.at(-1)!, saveMedianMs: percentile(rounds.map((r) => r.saveMs).sort((a, b) => a - b), 50) }
}

/**
 * Cached pages and applications with one and with two web processes behind the committed nginx config, in
 * the same run and in turns (1, 2, 1, 2…), and how soon an edit published through one process shows through the other.
 */
export async function benchMultiproc(): Promise<BenchOutcome> {
  const site = await startTwoProcessSite('bench-multiproc')
  try {
    const { pages, missing } = await publicPages(site.two)
    const paths = Object.fromEntries(pages.filter((p) => p.name === 'story' || p.name === 'home').map((p) => [p.name, p.path]))
    const failures = missing.filter((m) => m.startsWith('story') || m.startsWith('home')).map((m) => `page not served: ${m}`)
    const load = await pageRounds(site, paths)
    for (const [page, r] of Object.entries(load)) for (const c of CONFIGS) if (r[c].non2xx || r[c].errors) failures.push(`${page} via ${c}: ${r[c].non2xx} non-2xx, ${r[c].errors} errors`)
    const apps = await applicationRounds(site)
    for (const c of CONFIGS) {
      if (apps[c].failed) failures.push(`applications via ${c}: ${apps[c].failed} not accepted`)
      if (apps[c].mismatchedRetries) failures.push(`applications via ${c}: ${apps[c].mismatchedRetries} answered with two references`)
    }
    if (apps.storedInDatabase !== apps.acceptedInAll) failures.push(`${apps.acceptedInAll} applications accepted, ${apps.storedInDatabase} stored`)
    const publish = paths.story ? await publishToVisible(site, paths.story) : undefined
    if (publish && !(publish.maxMs <= VISIBLE_WITHIN_MS)) failures.push(`an edit through A showed through B after ${publish.maxMs} ms (within ${VISIBLE_WITHIN_MS} ms required)`)

    const cell = (r?: LoadResult) => (r ? `${r.requestsPerSecond} | ${r.latencyMedianMs} / ${r.latencyP99Ms}` : '– | –')
    const ratio = (one?: number, two?: number) => (one && two ? round(two / one) : '–')
    const rows = CONFIGS.map((c) => `| ${LABEL[c]} | ${cell(load.story?.[c])} | ${cell(load.home?.[c])} | ${apps[c].perSecond} | ${apps[c].medianMs} / ${apps[c].p99Ms} |`)
    const load1 = os.loadavg()[0]!.toFixed(1)
    return {
      data: {
        connections: CONNECTIONS,
        pageSecondsPerRound: PAGE_SECONDS,
        applicationSecondsPerRound: APPLICATION_SECONDS,
        rounds: ROUNDS,
        applicationConcurrency: CONCURRENCY,
        paths,
        pages: load,
        applications: apps,
        ratioTwoToOne: { story: ratio(load.story?.one.requestsPerSecond, load.story?.two.requestsPerSecond), home: ratio(load.home?.one.requestsPerSecond, load.home?.two.requestsPerSecond), applications: ratio(apps.one.perSecond, apps.two.perSecond) },
        publishToVisible: publish,
        cores: os.cpus().length,
        loadAverage: os.loadavg()[0],
      },
      summary: [
        `Both configurations through Debian's nginx with the committed deploy/nginx/linli.conf (one upstream line kept for one process, both for two), on the same two web processes (LINLI_RUN_JOBS=off, REDIS_URL: shared Next cache and limits), one worker, Redis and a durable PostgreSQL; ${ROUNDS} rounds in turn (one, two, one, two…): pages ${CONNECTIONS} connections × ${PAGE_SECONDS} s, gzip, no cookie; applications ${CONCURRENCY} clients × ${APPLICATION_SECONDS} s with proofs of work solved before each round.`,
        '',
        '| configuration | story req/s | median / p99 ms | home req/s | median / p99 ms | applications/s | median / p99 ms |',
        '|---|---|---|---|---|---|---|',
        ...rows,
        `| two ÷ one | ${ratio(load.story?.one.requestsPerSecond, load.story?.two.requestsPerSecond)} | | ${ratio(load.home?.one.requestsPerSecond, load.home?.two.requestsPerSecond)} | | ${ratio(apps.one.perSecond, apps.two.perSecond)} | |`,
        '',
        `Per round (req/s or applications/s, one | two): ${Object.entries(load).map(([p, r]) => `${p} ${r.rounds.one.join('/')} | ${r.rounds.two.join('/')}`).join('; ')}; applications ${apps.one.rounds.join('/')} | ${apps.two.rounds.join('/')}. ${apps.acceptedInAll} applications accepted in all, ${apps.storedInDatabase} stored.`,
        `On ${os.cpus().length} shared cores (load average ${load1} at the end) a second process has no idle core to use: load client, nginx, both processes, PostgreSQL, Redis and the worker share the same two, so about the same throughput is the expected result; a second process buys failover and room on a machine with more cores.`,
        publish
          ? `Publish through A → visible through B (polled directly, every 25 ms, from A's answer): median ${publish.medianMs} ms, max ${publish.maxMs} ms over ${EDITS} edits (required within ${VISIBLE_WITHIN_MS} ms); the save itself median ${publish.saveMedianMs} ms.`
          : 'Publish-to-visible not measured: no published story served.',
      ],
      failures,
    }
  } finally {
    await site.stop()
  }
}
