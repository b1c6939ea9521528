import { combined, loadTest, round, type LoadResult } from './lib/load'
import { gzipBytes, startMinimalNext } from './lib/minimal-next'
import { startNginx } from './lib/nginx'
import { sampleMemory } from './lib/process-memory'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'
import { pageScriptBytes } from './lib/transfer'

type PageTarget = { name: string; path: string }

const SECONDS = Number(process.env.BENCH_PAGE_SECONDS ?? 6)
/** Each target's time is split into rounds taken in turn, so a burst of other work on this shared machine hits all three alike. */
const ROUNDS = 3
const CONNECTIONS = 32

async function firstSlug(siteUrl: string, collection: string, extra = ''): Promise<string | undefined> {
  const res = await fetch(`${siteUrl}/api/${collection}?limit=1&depth=0&sort=-createdAt${extra}`)
  if (!res.ok) return undefined
  const body = (await res.json()) as { docs: Array<{ slug?: string }> }
  return body.docs[0]?.slug
}

/** The four cached public pages the issue names; ones the site does not serve yet are reported, not measured. */
export async function publicPages(siteUrl: string): Promise<{ pages: PageTarget[]; missing: string[] }> {
  const story = await firstSlug(siteUrl, 'stories')
  const activity = await firstSlug(siteUrl, 'activities')
  const candidates: PageTarget[] = [
    { name: 'home', path: '/' },
    { name: 'story', path: story ? `/stories/${encodeURIComponent(story)}` : '/stories/-' },
    { name: 'activity', path: activity ? `/activities/${encodeURIComponent(activity)}` : '/activities/-' },
    { name: 'activities', path: '/activities' },
  ]
  const pages: PageTarget[] = []
  const missing: string[] = []
  for (const page of candidates) {
    const res = await fetch(`${siteUrl}${page.path}`)
    await res.arrayBuffer()
    if (res.status === 200) pages.push(page)
    else missing.push(`${page.name} (${page.path} answered ${res.status})`)
  }
  return { pages, missing }
}

function summarise(r: LoadResult) {
  return { rps: r.requestsPerSecond, medianMs: r.latencyMedianMs, p99Ms: r.latencyP99Ms, requests: r.requests, non2xx: r.non2xx, errors: r.errors, bytesPerResponse: r.bytesPerRequest }
}

/**
 * Throughput of cached public pages through the production server, side by side in one run with a
 * minimal Next.js page of the same raw and gzip size and nginx serving the very same HTML bytes (all gzip).
 */
export async function benchPages(stack: Stack): Promise<BenchOutcome> {
  const site = stack.server
  const { pages, missing } = await publicPages(site.url)
  const failures = missing.map((m) => `page not served: ${m}`)
  const html: Record<string, Buffer> = {}
  const cacheState: Record<string, string | null> = {}
  for (const page of pages) {
    await fetch(`${site.url}${page.path}`).then((r) => r.arrayBuffer())
    const res = await fetch(`${site.url}${page.path}`, { headers: { 'accept-encoding': 'identity' } })
    cacheState[page.name] = res.headers.get('x-nextjs-cache')
    html[page.name] = Buffer.from(await res.arrayBuffer())
  }

  const nginx = await startNginx(Object.fromEntries(pages.map((p) => [`${p.name}.html`, html[p.name]!])))
  const minimal = await startMinimalNext(Object.fromEntries(pages.map((p) => [p.name, html[p.name]!])))
  const firstMinimal = Object.values(minimal.pathFor)[0]
  if (firstMinimal) stack.shared.frameworkJsGzipBytes = (await pageScriptBytes(`${minimal.server.url}${firstMinimal}`)).bytes
  const memory = sampleMemory(site.process.pid!)
  const results: Record<string, unknown> = {}
  const summary: string[] = []
  const breakdown: string[] = []
  try {
    for (const page of pages) {
      const targets = {
        site: `${site.url}${page.path}`,
        minimalNext: `${minimal.server.url}${minimal.pathFor[page.name]}`,
        nginx: `${nginx.url}/${page.name}.html`,
      }
      const sizes: Record<string, { raw: number; gzip: number }> = {}
      for (const [target, url] of Object.entries(targets)) {
        const body = Buffer.from(await (await fetch(url, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer())
        sizes[target] = { raw: body.byteLength, gzip: gzipBytes(body) }
        await loadTest(url, { connections: CONNECTIONS, seconds: 2 })
      }
      const runs: Record<string, LoadResult[]> = {}
      for (let round = 0; round < ROUNDS; round++) {
        for (const [target, url] of Object.entries(targets)) (runs[target] ??= []).push(await loadTest(url, { connections: CONNECTIONS, seconds: SECONDS / ROUNDS }))
      }
      const measured = Object.fromEntries(Object.entries(runs).map(([target, r]) => [target, combined(r, SECONDS / ROUNDS)]))
      for (const [target, r] of Object.entries(measured)) {
        if (r.non2xx || r.errors) failures.push(`${page.name} via ${target}: ${r.non2xx} non-2xx, ${r.errors} errors`)
      }
      // Where the time goes: the same two servers without compression (first page only, to keep the run short).
      if (page === pages[0]) {
        const identity = { 'accept-encoding': 'identity' }
        const identityRuns: Record<'site' | 'minimalNext', LoadResult[]> = { site: [], minimalNext: [] }
        for (let round = 0; round < ROUNDS; round++) {
          for (const target of ['site', 'minimalNext'] as const) identityRuns[target].push(await loadTest(targets[target], { connections: CONNECTIONS, seconds: SECONDS / ROUNDS, headers: identity }))
        }
        const siteIdentity = combined(identityRuns.site, SECONDS / ROUNDS)
        const minimalIdentity = combined(identityRuns.minimalNext, SECONDS / ROUNDS)
        results.withoutCompression = { page: page.name, site: summarise(siteIdentity), minimalNext: summarise(minimalIdentity) }
        breakdown.push(
          `Without compression (${page.name}): site ${siteIdentity.requestsPerSecond} req/s, minimal Next ${minimalIdentity.requestsPerSecond} req/s ` +
            `(gzip costs the site ${Math.round((1 - measured.site!.requestsPerSecond / siteIdentity.requestsPerSecond) * 100)}% of its throughput).`,
        )
      }
      const ratioMinimal = round(measured.site!.requestsPerSecond / measured.minimalNext!.requestsPerSecond)
      const ratioNginx = round(measured.site!.requestsPerSecond / measured.nginx!.requestsPerSecond)
      results[page.name] = {
        path: page.path,
        htmlBytes: sizes,
        cache: cacheState[page.name],
        site: summarise(measured.site!),
        minimalNext: summarise(measured.minimalNext!),
        nginx: summarise(measured.nginx!),
        ratioToMinimalNext: ratioMinimal,
        ratioToNginx: ratioNginx,
      }
      if (ratioMinimal < 0.9) failures.push(`${page.name}: ${ratioMinimal} of the minimal Next.js page (target ≥ 0.9)`)
      const s = measured.site!
      summary.push(
        `| ${page.name} | ${s.requestsPerSecond} | ${s.latencyMedianMs} / ${s.latencyP99Ms} | ${measured.minimalNext!.requestsPerSecond} | ${measured.nginx!.requestsPerSecond} | ${ratioMinimal} | ${ratioNginx} |`,
      )
    }
  } finally {
    const mem = memory.stop()
    results.serverMemoryMiB = mem
    await minimal.server.stop()
    await nginx.stop()
  }
  const mem = results.serverMemoryMiB as { peakMiB: number; lastMiB: number }
  return {
    data: { connections: CONNECTIONS, secondsPerRun: SECONDS, acceptEncoding: 'gzip', pages: results, missing },
    summary: [
      `Cached pages, gzip, ${CONNECTIONS} connections, ${SECONDS} s each, side by side (${ROUNDS} rounds of ${SECONDS / ROUNDS} s, the three servers in turn):`,
      '',
      '| page | site req/s | median / p99 ms | minimal Next req/s | nginx req/s | site ÷ minimal Next | site ÷ nginx |',
      '|---|---|---|---|---|---|---|',
      ...summary,
      '',
      `The minimal Next.js page carries each real page's own HTML as text, so it matches it in raw and gzip size: ${pages.map((p) => { const b = (results[p.name] as { htmlBytes: Record<string, { raw: number; gzip: number }> }).htmlBytes; return `${p.name} ${b.site!.raw}/${b.site!.gzip} B vs ${b.minimalNext!.raw}/${b.minimalNext!.gzip} B` }).join(', ')} (raw/gzip, site vs minimal).`,
      ...breakdown,
      `Server memory (RSS of the next start process tree) under this load: peak ${mem.peakMiB} MiB, after ${mem.lastMiB} MiB.`,
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}
