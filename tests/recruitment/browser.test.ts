import { createRequire } from 'node:module'

import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { enhancedForm, launchBrowser } from '../helpers/browser'
import { getTestPayload } from '../helpers/payload'
import type { SiteServer } from '../helpers/site-server'
import { createFixtures, type Fixtures, randomPhone, startRecruitmentServer } from './helpers/fixtures'

let payload: Payload
let server: SiteServer
let fx: Fixtures
let browser: Browser

/** The call's page with JavaScript on, the form filled in with one mistake or more and sent: the server action's answer is shown in place. */
async function openFormWithErrors(page: Page, overrides: { phone: string; consent?: undefined }): Promise<void> {
  await page.goto(`${server.url}/join/${fx.openCall.slug}`)
  await enhancedForm(page, '#apply')
  await page.fill('#apply-name', '王小梅')
  await page.fill('#apply-phone', overrides.phone)
  await page.selectOption('#apply-courtyard', String(fx.courtyardId))
  await page.check('#apply-ageRange-2')
  await page.check('#apply-availability-0')
  if (!('consent' in overrides)) await page.check('#apply-consent')
  await page.click('#apply button[type="submit"]')
  await page.waitForSelector('#apply-phone-error:not([hidden])', { timeout: 60_000 })
}

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
  server = await startRecruitmentServer({ LINLI_RUN_JOBS: 'off' })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the enhanced form in a browser', () => {
  it('shows the server’s messages beside the fields without leaving the page, then sends once despite a double click', async () => {
    const page = await browser.newPage()
    const phone = randomPhone()
    await openFormWithErrors(page, { phone: '123', consent: undefined })
    expect(await page.locator('#apply-phone-error').textContent()).toContain('11位手机号')
    expect(await page.locator('#apply-phone').inputValue()).toBe('123')

    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe
      const result = await axe.run('[data-application-form]', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
    })
    expect(violations).toEqual([])

    await page.fill('#apply-name', '')
    await page.click('#apply button[type="submit"]')
    await expect.poll(() => page.locator('#apply-name-error').textContent()).toContain('请填写')
    expect(await page.locator('#apply-name').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('apply-summary')
    expect(page.url()).toContain(`/join/${fx.openCall.slug}`)

    await page.fill('#apply-name', '郑小雨')
    await page.fill('#apply-phone', phone)
    await page.check('#apply-consent')
    const before = (await payload.count({ collection: 'applications' })).totalDocs
    await page.locator('#apply button[type="submit"]').dblclick()
    await page.waitForURL('**/join/thanks/LL-*', { timeout: 60_000 })
    expect(await page.textContent('main')).toContain('报名已收到')
    const stored = await payload.find({ collection: 'applications', where: { phone: { equals: phone } } })
    expect(stored.totalDocs).toBe(1)
    expect(stored.docs[0].proofOfWork).toBe('verified')
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(before + 1)
    await page.close()
  }, 120_000)
})
