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

/**
 * The smallest app-router page the same Next.js builds: its script bytes are the framework's own runtime,
 * and its Lighthouse score is the floor any page that hydrates with that runtime starts from on this machine.
 */
async function frameworkReference(): Promise<{ jsGzipBytes: number; lighthouse: LighthouseScores }> {
  const minimal = await startMinimalNext({ page: Buffer.from('<p>Linli neighbourhood volunteers.</p>'.repeat(100)) })
  try {
    const url = `${minimal.server.url}${minimal.pathFor.page}`
    return { jsGzipBytes: (await pageScriptBytes(url)).bytes, lighthouse: await lighthouse(url) }
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
  const reference = await frameworkReference()
  const framework = stack.shared.frameworkJsGzipBytes ?? reference.jsGzipBytes
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
    data: { frameworkJsGzipBytes: framework, jsBudgetBytes: budget, js, lighthouse: scores, minimalNextLighthouse: reference.lighthouse, firstVisitHomeBytes: scores.home?.totalBytes, missing },
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
      `| minimal Next.js page (reference) | ${kb(reference.jsGzipBytes)} | – | ${reference.lighthouse.performance} | ${reference.lighthouse.accessibility} | ${reference.lighthouse.lcpMs} | ${reference.lighthouse.tbtMs} | ${kb(reference.lighthouse.totalBytes)} |`,
      '',
      `The reference row is a page with one heading and a paragraph built by the same Next.js: its performance score is what the framework's client runtime alone reaches under Lighthouse's mobile CPU throttling on this machine.`,
      scores.home ? `Home, first visit: ${kb(scores.home.totalBytes)} transferred in all (Lighthouse total byte weight).` : 'Home not measured.',
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
