import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports } from '../helpers/browser'
import { measureBodyText, measureTargets } from './measure'

const pages = ['/', '/stories/luo-shu-kai-men', '/activities/dongzhi-jiayan-2026', '/join/chazuo-zhurenjia', '/en/about']

const browser = useSeededBrowser()

async function elderContext() {
  const context = await browser().newContext({ viewport: viewports.phone })
  await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
  return context
}

describe('elder mode (长辈模式) measured in the browser', () => {
  it('normal mode: body text at least 18px', async () => {
    const context = await browser().newContext({ viewport: viewports.phone })
    const page = await context.newPage()
    for (const path of pages) {
      await page.goto(`${siteUrl()}${path}`)
      const text = await measureBodyText(page)
      console.info(`[normal] ${path}: body text ${text.fontPx}px, line-height ${text.lineHeight}, lowest contrast ${text.contrast}:1`)
      expect(text.fontPx, path).toBeGreaterThanOrEqual(18)
    }
    await context.close()
  }, 90_000)

  it('elder mode: text at least 24px, line-height at least 1.5, contrast at least 7:1', async () => {
    const context = await elderContext()
    const page = await context.newPage()
    for (const path of pages) {
      await page.goto(`${siteUrl()}${path}`)
      expect(await page.getAttribute('html', 'data-mode')).toBe('elder')
      const text = await measureBodyText(page)
      console.info(`[elder] ${path}: body text ${text.fontPx}px, line-height ${text.lineHeight}, lowest contrast ${text.contrast}:1 (${text.worst})`)
      expect(text.fontPx, path).toBeGreaterThanOrEqual(24)
      expect(text.lineHeight, path).toBeGreaterThanOrEqual(1.5)
      expect(text.contrast, `${path}: ${text.worst}`).toBeGreaterThanOrEqual(7)
    }
    await context.close()
  }, 90_000)

  it('elder mode: every button, nav link, header link and form control is at least 60×60px', async () => {
    const context = await elderContext()
    const page = await context.newPage()
    let smallest = { what: '', width: Infinity, height: Infinity }
    let counted = 0
    for (const path of pages) {
      await page.goto(`${siteUrl()}${path}`)
      const targets = await measureTargets(page)
      counted += targets.length
      for (const t of targets) if (Math.min(t.width, t.height) < Math.min(smallest.width, smallest.height)) smallest = t
      const offenders = targets.filter((t) => t.width < 60 || t.height < 60).map((t) => `${t.what} ${t.width}×${t.height}`)
      expect(offenders, `${path}: targets under 60×60px`).toEqual([])
    }
    console.info(`[elder] ${counted} targets measured on ${pages.length} pages; smallest: ${smallest.what} ${smallest.width}×${smallest.height}px`)
    await context.close()
  }, 90_000)

  it('the choice survives navigation and reload, and the first HTML response already carries it (no flash)', async () => {
    const context = await browser().newContext({ viewport: viewports.phone })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/`)
    expect(await page.getAttribute('html', 'data-mode')).toBe('standard')
    // The switch as a visitor uses it: a plain link to /elder-mode that comes back here.
    await page.locator('a[href^="/elder-mode?on=1"]').first().click()
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'elder')
    expect(await page.getAttribute('html', 'class')).toContain('elder')

    await page.locator('header nav a[href="/stories"]').first().click()
    await page.waitForURL('**/stories')
    expect(await page.getAttribute('html', 'data-mode')).toBe('elder')
    await page.reload()
    expect(await page.getAttribute('html', 'data-mode')).toBe('elder')

    // No flash: the very first HTML bytes of a page already carry the elder marker.
    const first = await context.request.get(`${siteUrl()}/activities`)
    const head = (await first.text()).slice(0, 600)
    expect(head).toMatch(/<html[^>]*class="elder"/)
    expect(head).toMatch(/<html[^>]*data-mode="elder"/)

    await page.locator('a[href^="/elder-mode?on=0"]').first().click()
    await page.waitForFunction(() => document.documentElement.dataset.mode === 'standard')
    await context.close()
  }, 90_000)
})
