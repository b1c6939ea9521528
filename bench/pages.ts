import { combined, loadTest, round, type LoadResult } from './lib/load'
import { gzipBytes, startMinimalNext } from './lib/minimal-next'
import { startNginx } from './lib/nginx'
import { sampleMemory } from './lib/process-memory'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'
import { pageScriptBytes } from './lib/transfer'

type PageTarget = { name: string; path: string }
type Target = 'site' | 'sitePastMemory' | 'minimalNext' | 'nginx'

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
  try {
    for (const page of pages) {
      const targets: Record<Target, { url: string; headers?: Record<string, string> }> = {
        site: { url: `${site.url}${page.path}` },
        // A visitor with any cookie besides elder mode is answered by Next.js itself, past the one-second memory.
        sitePastMemory: { url: `${site.url}${page.path}`, headers: { cookie: 'visitor=1' } },
        minimalNext: { url: `${minimal.server.url}${minimal.pathFor[page.name]}` },
        nginx: { url: `${nginx.url}/${page.name}.html` },
      }
      const sizes: Record<string, { raw: number; gzip: number }> = {}
      for (const [target, { url, headers }] of Object.entries(targets)) {
        const body = Buffer.from(await (await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } })).arrayBuffer())
        sizes[target] = { raw: body.byteLength, gzip: gzipBytes(body) }
        await loadTest(url, { connections: CONNECTIONS, seconds: 2, headers })
      }
      const runs: Partial<Record<Target, LoadResult[]>> = {}
      for (let round = 0; round < ROUNDS; round++) {
        for (const [target, { url, headers }] of Object.entries(targets) as [Target, (typeof targets)[Target]][]) {
          ;(runs[target] ??= []).push(await loadTest(url, { connections: CONNECTIONS, seconds: SECONDS / ROUNDS, headers }))
        }
      }
      const measured = Object.fromEntries(Object.entries(runs).map(([target, r]) => [target, combined(r, SECONDS / ROUNDS)])) as Record<Target, LoadResult>
      for (const [target, r] of Object.entries(measured)) {
        if (r.non2xx || r.errors) failures.push(`${page.name} via ${target}: ${r.non2xx} non-2xx, ${r.errors} errors`)
      }
      const ratioMinimal = round(measured.site.requestsPerSecond / measured.minimalNext.requestsPerSecond)
      const ratioPastMemory = round(measured.sitePastMemory.requestsPerSecond / measured.minimalNext.requestsPerSecond)
      const ratioNginx = round(measured.site.requestsPerSecond / measured.nginx.requestsPerSecond)
      results[page.name] = {
        path: page.path,
        htmlBytes: sizes,
        cache: cacheState[page.name],
        site: summarise(measured.site),
        sitePastMemory: summarise(measured.sitePastMemory),
        minimalNext: summarise(measured.minimalNext),
        nginx: summarise(measured.nginx),
        ratioToMinimalNext: ratioMinimal,
        pastMemoryRatioToMinimalNext: ratioPastMemory,
        ratioToNginx: ratioNginx,
      }
      if (ratioMinimal < 0.9) failures.push(`${page.name}: ${ratioMinimal} of the minimal Next.js page (target ≥ 0.9)`)
      const [a, b] = [measured.site, measured.sitePastMemory]
      summary.push(
        `| ${page.name} | ${a.requestsPerSecond} | ${a.latencyMedianMs} / ${a.latencyP99Ms} | ${b.requestsPerSecond} | ${b.latencyMedianMs} / ${b.latencyP99Ms} | ${measured.minimalNext.requestsPerSecond} | ${measured.nginx.requestsPerSecond} | ${ratioMinimal} | ${ratioPastMemory} | ${ratioNginx} |`,
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
      `Cached pages, gzip, ${CONNECTIONS} connections, ${SECONDS} s each, side by side (${ROUNDS} rounds of ${SECONDS / ROUNDS} s, the servers in turn; nginx with Debian's stock on-the-fly gzip):`,
      '',
      '| page | site req/s | median / p99 ms | past the memory req/s | median / p99 ms | minimal Next req/s | nginx req/s | site ÷ minimal Next | past the memory ÷ minimal Next | site ÷ nginx |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...summary,
      '',
      `The minimal Next.js page carries each real page's own HTML as text, so it matches it in raw and gzip size: ${pages.map((p) => { const b = (results[p.name] as { htmlBytes: Record<string, { raw: number; gzip: number }> }).htmlBytes; return `${p.name} ${b.site!.raw}/${b.site!.gzip} B vs ${b.minimalNext!.raw}/${b.minimalNext!.gzip} B` }).join(', ')} (raw/gzip, site vs minimal).`,
      'Site: a visitor without cookies, as most are; a page read in the last second is answered from memory (server.ts) before Next.js routes the request. Past the memory: the same page requested with a cookie, so Next.js answers from its own cache (every compressed page is still made once per version). The minimal Next.js page is served by plain `next start`.',
      `Server memory (RSS of the site's server process tree) under this load: peak ${mem.peakMiB} MiB, after ${mem.lastMiB} MiB.`,
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}
