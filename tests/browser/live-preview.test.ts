import type { Payload } from 'payload'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'
import { launchBrowser, viewports } from '../helpers/browser'
import { createTestUser } from '../helpers/users'

let payload: Payload
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  payload = await getTestPayload()
  const contributor = await createTestUser(payload, 'contributor', 'live-preview')
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: viewports.desktop, locale: 'zh-CN' })
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
  // The admin on the site's own origin: the preview iframe shares its session cookie.
  await page.goto(`${siteUrl()}/admin/login`)
  await page.fill('#field-email', contributor.email)
  await page.fill('#field-password', contributor.password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
}, 120_000)
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

describe('live preview in the admin', () => {
  it('shows the draft beside the form and follows each autosave', async () => {
    const stamp = Date.now().toString(36)
    const title = `实时预览 ${stamp}`
    const story = await payload.create({
      collection: 'stories',
      data: { title, slug: `live-preview-${stamp}`, summary: '预览摘要', _status: 'draft' },
      locale: 'zh',
      draft: true,
      overrideAccess: true,
    })
    await page.goto(`${siteUrl()}/admin/collections/stories/${story.id}`)
    await page.click('#live-preview-toggler')
    const preview = page.frameLocator('iframe[src*="/preview?"]')
    await expect.poll(() => preview.locator('h1').first().textContent(), { timeout: 30_000 }).toBe(title)
    expect(await preview.locator('[data-preview-banner]').count()).toBe(1)

    const edited = `实时预览改过了 ${stamp}`
    await page.fill('#field-title', edited)
    const typed = Date.now()
    await expect.poll(() => preview.locator('h1').first().textContent(), { timeout: 15_000, interval: 250 }).toBe(edited)
    console.info(`[live preview] edited title shown in the preview ${Date.now() - typed} ms after typing (autosave every 1.5 s)`)
    // Still a draft: visitors do not see it.
    expect((await fetch(`${siteUrl()}/stories/live-preview-${stamp}`)).status).toBe(404)
  }, 120_000)
})
