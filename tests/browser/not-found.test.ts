import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports, watchPageErrors } from '../helpers/browser'

const browser = useSeededBrowser()

const pages = [
  { path: '/no-such-page', title: '页面没有找到', home: '/' },
  { path: '/en/stories/no-such-story', title: 'Page not found', home: '/en' },
]

describe('the 404 page in a browser', () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`is a whole page with header, message, ways out and footer (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await browser().newContext({ viewport: viewports.phone, javaScriptEnabled })
      const page = await context.newPage()
      const errors = watchPageErrors(page)
      for (const { path, title, home } of pages) {
        const response = await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' })
        expect(response?.status(), path).toBe(404)
        await expect.poll(() => page.locator('h1').allInnerTexts(), { timeout: 5_000 }).toEqual([title])
        expect(await page.locator('header nav a').count(), path).toBeGreaterThan(3)
        expect(await page.locator('footer').isVisible(), path).toBe(true)
        expect(await page.locator(`main a[href="${home}"]`).isVisible(), path).toBe(true)
      }
      // The only error a 404 may log is the browser's own note about the document's status.
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([])
      await context.close()
    }, 60_000)
  }
})
