import { describe, expect, it } from 'vitest'

import { scriptsLoadedAfterFirstPaint } from '@/lib/http/scriptsAfterFirstPaint'

import { decodedBody, rawGet } from '../helpers/http'
import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports, watchPageErrors } from '../helpers/browser'

const browser = useSeededBrowser()

/** Reading pages, a form page and a page in English: none may start its scripts before it has painted. */
const pages = ['/', '/stories/luo-shu-kai-men', '/activities/dongzhi-jiayan-2026', '/join/chazuo-zhurenjia', '/en', '/activities']
const NEXT_CHUNK_IN_PAGE = /<script src="\/_next\/static\/[^"]+\.js" async="">|<link rel="preload" as="script"/

describe("site pages request Next's scripts after their first paint (issue 14, point 15)", () => {
  it('send no chunk script or script preload in the HTML, only the loader, in every encoding and with a true length', async () => {
    for (const path of pages) {
      for (const acceptEncoding of ['identity', 'gzip', 'br']) {
        const res = await rawGet(path, { 'accept-encoding': acceptEncoding })
        expect(res.status, path).toBe(200)
        expect(Number(res.headers['content-length']), `${path} ${acceptEncoding}`).toBe(res.body.byteLength)
        const html = decodedBody(res)
        expect(html, path).not.toMatch(NEXT_CHUNK_IN_PAGE)
        expect(scriptsLoadedAfterFirstPaint(html).length, path).toBeGreaterThan(3)
      }
    }
  })

  it("leave Payload's admin as Next.js sends it", async () => {
    const html = decodedBody(await rawGet('/admin/login', { 'accept-encoding': 'gzip' }))
    expect(html).toMatch(NEXT_CHUNK_IN_PAGE)
    expect(scriptsLoadedAfterFirstPaint(html)).toEqual([])
  })

  it.each(['standard', 'elder'])('in Chromium (%s mode): every chunk starts after the first contentful paint, all of them load, and the page hydrates', async (mode) => {
    const context = await browser().newContext({ viewport: viewports.phone })
    if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
    const page = await context.newPage()
    const errors = watchPageErrors(page)
    for (const path of pages) {
      await page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' })
      expect(await page.locator('html').getAttribute('data-mode'), path).toBe(mode)
      // Next.js sets window.next when its app-router runtime starts; React marks the document it hydrated.
      await expect.poll(() => page.evaluate(() => Boolean((window as { next?: unknown }).next) && Object.keys(document).some((k) => k.startsWith('__reactContainer$'))), { timeout: 10_000 }).toBe(true)
      const timing = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        chunks: performance
          .getEntriesByType('resource')
          .filter((e) => /\/_next\/static\/.+\.js$/.test(new URL(e.name).pathname))
          .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
        listed: document.querySelector('script[data-linli-scripts]')?.textContent ?? '',
      }))
      expect(timing.fcp, path).toBeGreaterThan(0)
      const listed = scriptsLoadedAfterFirstPaint(`<script data-linli-scripts>${timing.listed}</script>`)
      expect(timing.chunks.map((c) => c.path).filter((p) => listed.includes(p)).sort(), path).toEqual([...listed].sort())
      for (const chunk of timing.chunks) expect(chunk.start, `${path}: ${chunk.path}`).toBeGreaterThanOrEqual(timing.fcp!)
    }
    expect(errors).toEqual([])
    await context.close()
  }, 90_000)
})
