import { chromium } from 'playwright-core'

import { ensureChromium } from '../../scripts/lib/chromium'

/** `belowFirstScreen`: the island started below the first screen (always false without `reveal`). */
export type RuntimeCost = { blockingMs: number; longTasks: number; hydratedAfterMs: number; belowFirstScreen: boolean }

/** Lighthouse's mobile profile: its viewport and its CPU slowdown. */
export const PHONE = { width: 412, height: 823 }
export const CPU_SLOWDOWN = 4
const SETTLE_MS = 2000

/**
 * What a page's client runtime costs the main thread, observed in Chromium on a phone-sized screen with the CPU
 * slowed as Lighthouse's mobile profile does: the blocking time of its long tasks (each one's time beyond 50 ms,
 * as Lighthouse counts it) and how long until React has hydrated. Counted from the start of the navigation, or,
 * with `reveal`, from the moment the page's first island is scrolled on screen (a site page with an island adds
 * the runtime only then: Lighthouse, which does not scroll, never sees that cost).
 */
export async function runtimeCost(url: string, reveal: boolean): Promise<RuntimeCost> {
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] })
  try {
    const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true })
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __hydratedAt?: number }
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration })
      }).observe({ type: 'longtask', buffered: true })
      const check = setInterval(() => {
        if ((window as { next?: unknown }).next && Object.keys(document).some((k) => k.startsWith('__reactContainer$'))) {
          w.__hydratedAt = performance.now()
          clearInterval(check)
        }
      }, 20)
    })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN })
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(SETTLE_MS)
    let from = 0
    let belowFirstScreen = false
    if (reveal) {
      ;({ from, belowFirstScreen } = await page.evaluate(() => {
        const island = document.querySelector('[data-linli-island]')
        if (!island) throw new Error('no island on the page')
        const below = island.getBoundingClientRect().top > window.innerHeight
        const at = performance.now()
        island.scrollIntoView({ block: 'start' })
        return { from: at, belowFirstScreen: below }
      }))
    }
    await page.waitForFunction(() => (window as { __hydratedAt?: number }).__hydratedAt !== undefined, undefined, { timeout: 60_000 })
    await page.waitForTimeout(SETTLE_MS)
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __hydratedAt: number }
      return { tasks: w.__longTasks, hydratedAt: w.__hydratedAt }
    })
    const counted = seen.tasks.filter((t) => t.start >= from)
    return {
      blockingMs: Math.round(counted.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
      longTasks: counted.length,
      hydratedAfterMs: Math.round(seen.hydratedAt - from),
      belowFirstScreen,
    }
  } finally {
    await browser.close()
  }
}
