import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { scriptsLoadedForIslands } from '@/lib/http/clientRuntime'

import { decodedBody, rawGet } from '../helpers/http'
import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports, watchPageErrors } from '../helpers/browser'

const browser = useSeededBrowser()

/** Pages with nothing that needs React in the browser, and pages with a form that does (issue 14, point 15). */
const readingPages = ['/', '/stories/luo-shu-kai-men', '/activities', '/cases/fulong-yihe-sanzhi', '/en', '/search?q=dongzhi']
const islandPages = ['/join/chazuo-zhurenjia', '/activities/dongzhi-jiayan-2026']
const NEXT_SCRIPT = /<script src="\/_next\/static\/[^"]+\.js"|<link rel="preload" as="script"/
const NEXT_CHUNK = /<script src="\/_next\/static\/[^"]+\.js" async=""|<link rel="preload" as="script"/

const modes = ['standard', 'elder'] as const
async function phone(mode: (typeof modes)[number]) {
  const context = await browser().newContext({ viewport: viewports.phone })
  if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
  // When each chunk's <script> joins the document (it runs only then), on the page's own clock; the
  // legacy-browser polyfills (noModule) never run in Chromium.
  await context.addInitScript(() => {
    const added: Array<{ path: string; at: number }> = ((window as unknown as { __chunksAdded: unknown[] }).__chunksAdded = [])
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof HTMLScriptElement && !node.noModule && node.src.includes('/_next/static/')) added.push({ path: new URL(node.src).pathname, at: performance.now() })
    }).observe(document, { childList: true, subtree: true })
  })
  return context
}

/** Visits each page in one phone context, with no console errors allowed. */
async function onPhone(mode: (typeof modes)[number], paths: string[], visit: (page: Page, path: string) => Promise<void>) {
  const context = await phone(mode)
  const page = await context.newPage()
  const errors = watchPageErrors(page)
  for (const path of paths) await visit(page, path)
  expect(errors).toEqual([])
  await context.close()
}

/** When the chunks joined the document, the first contentful paint and what the loader lists. */
async function chunkTiming(page: Page) {
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    chunks: (window as unknown as { __chunksAdded: Array<{ path: string; at: number }> }).__chunksAdded,
    loader: document.querySelector('script[data-linli-scripts]')?.outerHTML ?? '',
  }))
  return { fcp: timing.fcp, chunks: timing.chunks, listed: scriptsLoadedForIslands(timing.loader) }
}

// Next.js sets window.next when its app-router runtime starts; React marks the document it hydrated.
const untilHydrated = (page: Page) => expect.poll(() => page.evaluate(hydrated), { timeout: 15_000 }).toBe(true)
const now = (page: Page) => page.evaluate(() => performance.now())
const ISLAND = '[data-linli-island]'
/** An observer that never reports: the island never counts as on screen. */
const neverIntersecting = () => {
  window.IntersectionObserver = function () {
    return { observe() {}, unobserve() {}, disconnect() {}, takeRecords: () => [] }
  } as unknown as typeof IntersectionObserver
}
const belowFirstScreen = (page: Page) => page.locator(ISLAND).first().evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)

const hydrated = () => Boolean((window as { next?: unknown }).next) && Object.keys(document).some((k) => k.startsWith('__reactContainer$'))

describe("Next's client runtime only where a page needs it, and only once its island is on screen (issue 14, point 15)", () => {
  it('reading pages are sent without it: no chunk script, preload or flight data, in every encoding, with a true length', async () => {
    for (const path of readingPages) {
      for (const acceptEncoding of ['identity', 'gzip', 'br']) {
        const res = await rawGet(path, { 'accept-encoding': acceptEncoding })
        expect(res.status, path).toBe(200)
        // Search answers are streamed, without a length.
        if (res.headers['content-length'] !== undefined) expect(Number(res.headers['content-length']), `${path} ${acceptEncoding}`).toBe(res.body.byteLength)
        const html = decodedBody(res)
        expect(html, path).not.toMatch(NEXT_SCRIPT)
        expect(html, path).not.toContain('__next_f')
        expect(scriptsLoadedForIslands(html), path).toEqual([])
      }
      // A HEAD answer never announces the length of the page as Next wrote it.
      const [head, get] = await Promise.all([fetch(`${siteUrl()}${path}`, { method: 'HEAD', headers: { 'accept-encoding': 'identity' } }), rawGet(path, { 'accept-encoding': 'identity' })])
      expect(head.status, path).toBe(200)
      const length = head.headers.get('content-length')
      if (length !== null) expect(Number(length), `HEAD ${path}`).toBe(get.body.byteLength)
    }
  })

  it('pages with a form keep it, as one loader with the chunks, and the flight data', async () => {
    for (const path of islandPages) {
      for (const acceptEncoding of ['identity', 'br']) {
        const res = await rawGet(path, { 'accept-encoding': acceptEncoding })
        expect(Number(res.headers['content-length']), `${path} ${acceptEncoding}`).toBe(res.body.byteLength)
        const html = decodedBody(res)
        expect(html, path).toContain('data-linli-island=""')
        expect(html, path).not.toMatch(NEXT_CHUNK)
        expect(html, path).toContain('self.__next_f.push')
        expect(scriptsLoadedForIslands(html).length, path).toBeGreaterThan(3)
      }
    }
  })

  it("Payload's admin is sent as Next.js writes it", async () => {
    const html = decodedBody(await rawGet('/admin/login', { 'accept-encoding': 'gzip' }))
    expect(html).toMatch(NEXT_SCRIPT)
    expect(scriptsLoadedForIslands(html)).toEqual([])
  })

  it.each(modes)('in Chromium (%s mode): a reading page loads no framework script and shows everything', async (mode) => {
    await onPhone(mode, readingPages, async (page, path) => {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      expect(await page.locator('html').getAttribute('data-mode'), path).toBe(mode)
      expect(await page.locator('main h1').first().isVisible(), path).toBe(true)
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/_next/static/') && p.endsWith('.js')))
      expect(scripts, path).toEqual([])
      expect(await page.evaluate(hydrated), path).toBe(false)
    })
  }, 90_000)

  it.each(modes)('in Chromium (%s mode): a page with a form below the first screen loads no chunk until the form comes on screen, then every chunk, and hydrates', async (mode) => {
    await onPhone(mode, islandPages, async (page, path) => {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      expect(await belowFirstScreen(page), `${path}: the form should start below a phone's first screen`).toBe(true)
      expect((await chunkTiming(page)).chunks, path).toEqual([])
      expect(await page.evaluate(hydrated), path).toBe(false)

      const shown = await now(page)
      await page.locator(ISLAND).first().scrollIntoViewIfNeeded()
      await untilHydrated(page)
      const { fcp, chunks, listed } = await chunkTiming(page)
      expect(fcp, path).toBeGreaterThan(0)
      expect(chunks.map((c) => c.path).filter((p) => listed.includes(p)).sort(), path).toEqual([...listed].sort())
      for (const chunk of chunks) expect(chunk.at, `${path}: ${chunk.path}`).toBeGreaterThanOrEqual(shown)
    })
  }, 90_000)

  it('in Chromium: focusing a field loads the runtime at once, and what is typed before it hydrates is kept', async () => {
    await onPhone('standard', [islandPages[0]!], async (page, path) => {
      // Only the focus inside the form is left to start the runtime.
      await page.addInitScript(neverIntersecting)
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      expect((await chunkTiming(page)).chunks).toEqual([])
      // A slow phone's network: the runtime arrives while the visitor is still typing.
      await page.route('**/_next/static/**/*.js', async (route) => (await new Promise((r) => setTimeout(r, 1500)), route.continue()))
      const focused = await now(page)
      await page.focus('#apply-name')
      await page.keyboard.type('早到的字')
      expect(await page.evaluate(hydrated)).toBe(false)
      await untilHydrated(page)
      expect(await page.inputValue('#apply-name')).toBe('早到的字')
      const { chunks } = await chunkTiming(page)
      expect(chunks.length).toBeGreaterThan(3)
      for (const chunk of chunks) expect(chunk.at, chunk.path).toBeGreaterThanOrEqual(focused)
      await expect.poll(() => page.inputValue('#apply input[name="idempotencyKey"]')).not.toBe('')
    })
  }, 90_000)

  it.each(['pointerdown', 'touchstart', 'visibilitychange'] as const)('in Chromium: a %s loads the runtime at once, with no island on screen', async (event) => {
    await onPhone('standard', [islandPages[0]!], async (page, path) => {
      await page.addInitScript(neverIntersecting)
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
      expect((await chunkTiming(page)).chunks).toEqual([])
      // A touch or click inside the form; the visitor switching away from the tab.
      if (event === 'visibilitychange') await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
      else await page.dispatchEvent(ISLAND, event)
      await untilHydrated(page)
      const { chunks, listed } = await chunkTiming(page)
      expect(chunks.filter((c) => listed.includes(c.path))).toHaveLength(listed.length)
    })
  }, 90_000)

  it('in Chromium: without IntersectionObserver the chunks come after the first contentful paint; a hidden tab adds them at once; a browser whose paint timing never reports watches the form after 3 s', async () => {
    const path = islandPages[0]!
    await onPhone('standard', [path], async (page) => {
      await page.addInitScript(() => delete (window as { IntersectionObserver?: unknown }).IntersectionObserver)
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' })
      await untilHydrated(page)
      const { fcp, chunks } = await chunkTiming(page)
      expect(chunks.length).toBeGreaterThan(3)
      for (const chunk of chunks) expect(chunk.at, chunk.path).toBeGreaterThanOrEqual(fcp!)
    })
    await onPhone('standard', [path], async (page) => {
      await page.addInitScript(() => Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' }))
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' })
      await untilHydrated(page)
      const { fcp, chunks, listed } = await chunkTiming(page)
      // The loader's own chunks; those the form imports later (the proof of work's) come when it asks.
      const loaded = chunks.filter((c) => listed.includes(c.path))
      expect(loaded).toHaveLength(listed.length)
      for (const chunk of loaded) expect(chunk.at, chunk.path).toBeLessThan(fcp!)
    })
    await onPhone('standard', [path], async (page) => {
      // Paint timing that is offered but never reports: only the loader's timer starts the watch.
      await page.addInitScript(() => {
        const Silent = function () {
          return { observe() {}, disconnect() {} }
        } as unknown as typeof PerformanceObserver
        Object.defineProperty(Silent, 'supportedEntryTypes', { value: ['paint'] })
        window.PerformanceObserver = Silent
      })
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'domcontentloaded' })
      await page.locator(ISLAND).first().scrollIntoViewIfNeeded()
      await untilHydrated(page)
      const { chunks } = await chunkTiming(page)
      expect(chunks.length).toBeGreaterThan(3)
      for (const chunk of chunks) expect(chunk.at, chunk.path).toBeGreaterThanOrEqual(3000)
    })
  }, 120_000)
})
