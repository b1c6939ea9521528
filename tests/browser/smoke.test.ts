import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { axeViolations, hasHorizontalScroll, htmlProblems, launchBrowser, viewports, watchPageErrors } from '../helpers/browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('browser smoke', () => {
  it('home page in zh: accessible, valid, no console errors, no horizontal scroll', async () => {
    const context = await browser.newContext({ viewport: viewports.phone })
    const page = await context.newPage()
    const errors = watchPageErrors(page)
    const response = await page.goto(`${siteUrl()}/`)
    expect(response?.status()).toBe(200)
    expect(await axeViolations(page)).toEqual([])
    expect(await htmlProblems(await response!.text())).toEqual([])
    expect(errors).toEqual([])
    expect(await hasHorizontalScroll(page)).toBe(false)
    await context.close()
  })
})
