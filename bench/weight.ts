import { ISLAND_ATTRIBUTE } from '../src/lib/islands'
import { lighthouse, type LighthouseScores } from './lib/lighthouse'
import { startMinimalNext } from './lib/minimal-next'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'
import { CPU_SLOWDOWN, PHONE, type RuntimeCost, runtimeCost } from './lib/runtime-cost'
import { pageScriptBytes } from './lib/transfer'

const JS_ALLOWANCE = 30 * 1024
const TARGETS = { performance: 95, accessibility: 100 }

async function firstSlug(siteUrl: string, collection: string): Promise<string | undefined> {
  const res = await fetch(`${siteUrl}/api/${collection}?limit=1&depth=0&sort=-createdAt`)
  if (!res.ok) return undefined
  return ((await res.json()) as { docs: Array<{ slug?: string }> }).docs[0]?.slug
}

/** Lighthouse's scores move by 10 points and more from run to run on a shared machine: each page is run this often, alternating with the reference. */
const ROUNDS = Number(process.env.LINLI_WEIGHT_ROUNDS ?? 3)
/** Issue 14, point 15: what a reading page may cost on top of the framework's own runtime, against the minimal page measured in the same rounds. */
const AGAINST_REFERENCE = { performancePoints: 3, tbtFactor: 1.5, lcpMs: 300 }

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2)
}

/** The median of each figure over the runs (accessibility: the lowest, with the audits that failed in any run). */
function medianScores(runs: LighthouseScores[]): LighthouseScores {
  return {
    performance: median(runs.map((r) => r.performance)),
    accessibility: Math.min(...runs.map((r) => r.accessibility)),
    totalBytes: median(runs.map((r) => r.totalBytes)),
    fcpMs: median(runs.map((r) => r.fcpMs)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: Math.max(...runs.map((r) => r.cls)),
    failedA11y: [...new Set(runs.flatMap((r) => r.failedA11y))],
  }
}

/**
 * About a phone screen of Chinese text (written for this bench). A page in the site's language pays for
 * its text on first paint (a CJK font's first use, shaping), which the heading-only reference does not.
 */
const CHINESE_TEXT = [
  '伏龙社区的老顽童之家每天上午开门，老人们来这里喝茶、下棋、聊家常，志愿者轮流值班，帮忙烧水、登记、陪着说说话。',
  '重阳节前后，志愿者分成几组上门看望独居老人，带去重阳糕和菊花，顺便看看家里的灯、水管和门锁是不是好用。',
  '冬至那天，大家在活动室里一起包饺子、摆家宴，行动不便的老人由志愿者提前接来，吃完再一个个送回家。',
  '每月一次的活力比赛有投壶、猜谜和夹弹珠，健康讲座请社区医生来讲血压、用药和防跌倒，讲完留出时间一对一答疑。',
  '想加入的居民不需要什么特长，只要愿意每月抽出半天时间，在网上填一张报名表，社工会在三天内打电话联系你。',
].join('')

/**
 * The smallest app-router pages the same Next.js builds: their script bytes are the framework's own runtime,
 * and their Lighthouse scores are the floor any page that hydrates with that runtime starts from on this
 * machine. The targets are measured against the first (a heading); the second also shows CHINESE_TEXT.
 */
async function startReference() {
  const minimal = await startMinimalNext({ page: Buffer.from('<p>Linli neighbourhood volunteers.</p>'.repeat(100)) }, { chinese: CHINESE_TEXT })
  const url = `${minimal.server.url}${minimal.pathFor.page}`
  const chineseUrl = `${minimal.server.url}${minimal.pathFor.chinese}`
  return { url, chineseUrl, jsGzipBytes: (await pageScriptBytes(url)).bytes, stop: () => minimal.server.stop() }
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
  const reference = await startReference()
  const framework = stack.shared.frameworkJsGzipBytes ?? reference.jsGzipBytes
  const budget = framework + JS_ALLOWANCE
  const failures = missing.map((m) => `page not served: ${m}`)

  const js: Record<string, { gzipBytes: number; files: number; overFrameworkBytes: number }> = {}
  for (const [name, path] of Object.entries(pages)) {
    const { bytes, files } = await pageScriptBytes(`${site}${path}`)
    js[name] = { gzipBytes: bytes, files, overFrameworkBytes: bytes - framework }
    if (bytes > budget) failures.push(`${name}: ${kb(bytes)} JS gzip > framework ${kb(framework)} + 30 KB`)
  }

  // Side by side: every round runs the reference, then each page, so a busy moment of the machine falls on both.
  const measured = ['home', 'activity', 'story', 'call'].filter((n) => pages[n])
  const runs: Record<string, LighthouseScores[]> = { reference: [], chineseReference: [] }
  const withIsland: string[] = []
  for (const name of measured) if ((await (await fetch(`${site}${pages[name]}`)).text()).includes(`${ISLAND_ATTRIBUTE}=""`)) withIsland.push(name)
  const costRuns: Record<string, RuntimeCost[]> = { reference: [] }
  try {
    for (let round = 0; round < ROUNDS; round++) {
      runs.reference!.push(await lighthouse(reference.url))
      runs.chineseReference!.push(await lighthouse(reference.chineseUrl))
      // Lighthouse's 127.0.0.1 page would be the site's canonical origin too; both are loopback.
      for (const name of measured) (runs[name] ??= []).push(await lighthouse(`${site}${pages[name]}`))
    }
    // Lighthouse does not scroll: what an island page's runtime costs once its form is on screen, against what the minimal page's costs on load.
    for (let round = 0; round < ROUNDS; round++) {
      costRuns.reference!.push(await runtimeCost(reference.url, false))
      for (const name of withIsland) (costRuns[name] ??= []).push(await runtimeCost(`${site}${pages[name]}`, true))
    }
  } finally {
    await reference.stop()
  }
  const runtimeCosts = Object.fromEntries(
    Object.entries(costRuns).map(([name, r]) => [name, { blockingMs: median(r.map((x) => x.blockingMs)), longTasks: median(r.map((x) => x.longTasks)), hydratedAfterMs: median(r.map((x) => x.hydratedAfterMs)), belowFirstScreen: r.every((x) => x.belowFirstScreen) }]),
  ) as Record<string, RuntimeCost>
  const referenceScores = medianScores(runs.reference!)
  const chineseReferenceScores = medianScores(runs.chineseReference!)
  const scores: Record<string, LighthouseScores> = {}
  const goals: Record<string, { performance: boolean; tbt: boolean; lcp: boolean }> = {}
  for (const name of measured) {
    const result = medianScores(runs[name]!)
    scores[name] = result
    const goal = {
      performance: result.performance >= referenceScores.performance - AGAINST_REFERENCE.performancePoints,
      tbt: result.tbtMs <= referenceScores.tbtMs * AGAINST_REFERENCE.tbtFactor,
      lcp: result.lcpMs <= referenceScores.lcpMs + AGAINST_REFERENCE.lcpMs,
    }
    goals[name] = goal
    if (!goal.performance) failures.push(`${name}: Lighthouse performance ${result.performance}, more than ${AGAINST_REFERENCE.performancePoints} below the minimal page's ${referenceScores.performance}`)
    if (!goal.tbt) failures.push(`${name}: blocking time ${result.tbtMs} ms > ${AGAINST_REFERENCE.tbtFactor} × the minimal page's ${referenceScores.tbtMs} ms`)
    if (!goal.lcp) failures.push(`${name}: LCP ${result.lcpMs} ms > the minimal page's ${referenceScores.lcpMs} ms + ${AGAINST_REFERENCE.lcpMs} ms`)
    if (result.performance < TARGETS.performance) failures.push(`${name}: Lighthouse performance ${result.performance} (target ≥ ${TARGETS.performance})`)
    if (result.accessibility < TARGETS.accessibility) failures.push(`${name}: Lighthouse accessibility ${result.accessibility} (target ${TARGETS.accessibility}; failing: ${result.failedA11y.join(', ')})`)
  }
  const referenceRows: Array<[string, LighthouseScores]> = [
    ['minimal Next.js page (reference)', referenceScores],
    ['minimal Next.js page with a screen of Chinese text', chineseReferenceScores],
  ]
  const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? 'yes' : 'no')

  return {
    data: {
      frameworkJsGzipBytes: framework,
      jsBudgetBytes: budget,
      js,
      rounds: ROUNDS,
      lighthouse: scores,
      minimalNextLighthouse: referenceScores,
      minimalNextChineseLighthouse: chineseReferenceScores,
      againstReference: { ...AGAINST_REFERENCE, met: goals },
      runs,
      runtimeCostOnScreen: { medians: runtimeCosts, runs: costRuns },
      firstVisitHomeBytes: scores.home?.totalBytes,
      missing,
    },
    summary: [
      `Client JS (gzip): framework's own runtime ${kb(framework)} (minimal app-router page), budget ${kb(budget)}.`,
      `Lighthouse (mobile, simulated throttling): median of ${ROUNDS} runs per page, each round running the minimal page first and then every page.`,
      '',
      '| page | JS gzip | over framework | Lighthouse perf | a11y | FCP ms | LCP ms | TBT ms | CLS | transfer | perf ≥ ref − 3 | TBT ≤ 1.5 × ref | LCP ≤ ref + 300 ms | LCP − Chinese ref |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...Object.keys(pages).map((name) => {
        const s = scores[name]
        const j = js[name]!
        const g = goals[name]
        const behindChinese = s ? `${s.lcpMs - chineseReferenceScores.lcpMs} ms` : '–'
        return `| ${name} | ${kb(j.gzipBytes)} | ${kb(j.overFrameworkBytes)} | ${s?.performance ?? '–'} | ${s?.accessibility ?? '–'} | ${s?.fcpMs ?? '–'} | ${s?.lcpMs ?? '–'} | ${s?.tbtMs ?? '–'} | ${s?.cls ?? '–'} | ${s ? kb(s.totalBytes) : '–'} | ${mark(g?.performance)} | ${mark(g?.tbt)} | ${mark(g?.lcp)} | ${behindChinese} |`
      }),
      ...referenceRows.map(
        ([label, r]) => `| ${label} | ${kb(reference.jsGzipBytes)} | – | ${r.performance} | ${r.accessibility} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} | ${r.cls} | ${kb(r.totalBytes)} | – | – | – | – |`,
      ),
      '',
      `Client runtime once a form is on screen (Chromium, ${PHONE.width}×${PHONE.height}, CPU ${CPU_SLOWDOWN}× slower as Lighthouse's mobile profile, median of ${ROUNDS}; blocking time counts each long task's time beyond 50 ms): ${withIsland.map((name) => `${name} ${runtimeCosts[name]!.blockingMs} ms blocking in ${runtimeCosts[name]!.longTasks} long tasks, hydrated ${runtimeCosts[name]!.hydratedAfterMs} ms after the form was scrolled on screen`).join('; ') || 'no page with an island'}; the minimal page, on load: ${runtimeCosts.reference!.blockingMs} ms blocking in ${runtimeCosts.reference!.longTasks} long tasks, hydrated ${runtimeCosts.reference!.hydratedAfterMs} ms after navigation start.`,
      `Single runs (performance / LCP ms / TBT ms): ${Object.entries(runs).map(([name, r]) => `${name} ${r.map((x) => `${x.performance}/${x.lcpMs}/${x.tbtMs}`).join(', ')}`).join('; ')}.`,
      `The reference row is a page built by the same Next.js that shows one heading (its paragraph is empty or a run of dashes that pad it to size): its performance score is what the framework's client runtime alone reaches under Lighthouse's mobile CPU throttling on this machine. The targets are measured against it. The site sends that runtime only to pages with an island (a form, the live preview), and adds it there once an island is on screen after the first contentful paint, or is touched or focused (server.ts, stage 5; the loader's list is counted in their JS column); reading pages get none. Lighthouse does not scroll: on a page whose form starts below the first screen (here: ${withIsland.filter((n) => runtimeCosts[n]?.belowFirstScreen).join(', ') || 'none'}) its scores are those of a visit that reads, and the line after the table gives what the runtime costs once the form is on screen. The references load it as Next.js writes it, from the head. The second reference shows the same heading and ${CHINESE_TEXT.length} characters of Chinese text, about a phone screen: the difference between the two is what painting Chinese text costs on a cold browser here, before any of our code.`,
      scores.home ? `Home, first visit: ${kb(scores.home.totalBytes)} transferred in all (Lighthouse total byte weight).` : 'Home not measured.',
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
