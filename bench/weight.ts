import { lighthouse, type LighthouseScores } from './lib/lighthouse'
import { startMinimalNext } from './lib/minimal-next'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'
import { pageScriptBytes } from './lib/transfer'

const JS_ALLOWANCE = 30 * 1024
const TARGETS = { performance: 95, accessibility: 100 }

async function firstSlug(siteUrl: string, collection: string): Promise<string | undefined> {
  const res = await fetch(`${siteUrl}/api/${collection}?limit=1&depth=0&sort=-createdAt`)
  if (!res.ok) return undefined
  return ((await res.json()) as { docs: Array<{ slug?: string }> }).docs[0]?.slug
}

async function frameworkJs(stack: Stack): Promise<number> {
  if (stack.shared.frameworkJsGzipBytes) return stack.shared.frameworkJsGzipBytes
  const minimal = await startMinimalNext({ page: Buffer.from('<p>Linli neighbourhood volunteers.</p>'.repeat(100)) })
  try {
    return (await pageScriptBytes(`${minimal.server.url}${minimal.pathFor.page}`)).bytes
  } finally {
    await minimal.server.stop()
  }
}

/** Client JS per public page against the framework's own runtime, first-visit transfer, and Lighthouse (mobile). */
export async function benchWeight(stack: Stack): Promise<BenchOutcome> {
  const site = stack.server.url
  const slugs = {
    story: await firstSlug(site, 'stories'),
    activity: await firstSlug(site, 'activities'),
    call: await firstSlug(site, 'recruitment-calls'),
  }
  const candidates: Record<string, string> = {
    home: '/',
    story: `/stories/${encodeURIComponent(slugs.story ?? '-')}`,
    activity: `/activities/${encodeURIComponent(slugs.activity ?? '-')}`,
    activities: '/activities',
    call: `/join/${encodeURIComponent(slugs.call ?? '-')}`,
  }
  const pages: Record<string, string> = {}
  const missing: string[] = []
  for (const [name, path] of Object.entries(candidates)) {
    const status = await fetch(`${site}${path}`).then(async (r) => (await r.arrayBuffer(), r.status))
    if (status === 200) pages[name] = path
    else missing.push(`${name} (${path} answered ${status})`)
  }
  const framework = await frameworkJs(stack)
  const budget = framework + JS_ALLOWANCE
  const failures = missing.map((m) => `page not served: ${m}`)

  const js: Record<string, { gzipBytes: number; files: number; overFrameworkBytes: number }> = {}
  for (const [name, path] of Object.entries(pages)) {
    const { bytes, files } = await pageScriptBytes(`${site}${path}`)
    js[name] = { gzipBytes: bytes, files, overFrameworkBytes: bytes - framework }
    if (bytes > budget) failures.push(`${name}: ${kb(bytes)} JS gzip > framework ${kb(framework)} + 30 KB`)
  }

  const scores: Record<string, LighthouseScores> = {}
  for (const name of ['home', 'activity', 'story', 'call'].filter((n) => pages[n])) {
    // Lighthouse's 127.0.0.1 page would be the site's canonical origin too; both are loopback.
    const result = await lighthouse(`${site}${pages[name]}`)
    scores[name] = result
    if (result.performance < TARGETS.performance) failures.push(`${name}: Lighthouse performance ${result.performance} (target ≥ ${TARGETS.performance})`)
    if (result.accessibility < TARGETS.accessibility) failures.push(`${name}: Lighthouse accessibility ${result.accessibility} (target ${TARGETS.accessibility}; failing: ${result.failedA11y.join(', ')})`)
  }

  return {
    data: { frameworkJsGzipBytes: framework, jsBudgetBytes: budget, js, lighthouse: scores, firstVisitHomeBytes: scores.home?.totalBytes, missing },
    summary: [
      `Client JS (gzip): framework's own runtime ${kb(framework)} (minimal app-router page), budget ${kb(budget)}.`,
      '',
      '| page | JS gzip | over framework | Lighthouse perf | a11y | LCP ms | TBT ms | transfer |',
      '|---|---|---|---|---|---|---|---|',
      ...Object.keys(pages).map((name) => {
        const s = scores[name]
        const j = js[name]!
        return `| ${name} | ${kb(j.gzipBytes)} | ${kb(j.overFrameworkBytes)} | ${s?.performance ?? '–'} | ${s?.accessibility ?? '–'} | ${s?.lcpMs ?? '–'} | ${s?.tbtMs ?? '–'} | ${s ? kb(s.totalBytes) : '–'} |`
      }),
      '',
      scores.home ? `Home, first visit: ${kb(scores.home.totalBytes)} transferred in all (Lighthouse total byte weight).` : 'Home not measured.',
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
