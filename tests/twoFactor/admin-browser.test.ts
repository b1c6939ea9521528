import type { Payload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { saveScreenshot, useAdminPage, watchPageErrors } from '../helpers/browser'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'
import { codeFor } from './helpers'

let payload: Payload
let socialWorker: TestUser
let secret = ''
let recoveryCodes: string[] = []

const adminUrl = (path: string) => `${siteUrl()}/admin${path}`
const setRequired = (on: boolean) => payload.updateGlobal({ slug: 'security-settings', data: { requireTwoFactor: on }, overrideAccess: true })
const admin = useAdminPage(async () => {
  payload = await getTestPayload()
  await setRequired(true)
  socialWorker = await createTestUser(payload, 'editor', 'browser-social-worker')
})
let errors: string[] | undefined
const page = () => {
  const { page } = admin()
  errors ??= watchPageErrors(page)
  return page
}

async function signOut() {
  await admin().context.clearCookies()
  await page().goto(adminUrl('/login'))
  await page().waitForSelector('#field-email')
}

async function enterPassword() {
  // The button is enabled once the page's script runs.
  await page().waitForSelector('button[type="submit"]:not([disabled])', { timeout: 60_000 })
  await page().fill('#field-email', socialWorker.email)
  await page().fill('#field-password', socialWorker.password)
  await page().click('button[type="submit"]')
}

afterAll(async () => {
  await setRequired(false).catch(() => undefined)
})

describe('two-factor sign-in in the admin, as a social worker (Chinese)', () => {
  it('sets it up at the first sign-in: QR code and setup key, then the first code, then the recovery codes', async () => {
    await signOut()
    await saveScreenshot(page(), 'two-factor-1-sign-in')
    await enterPassword()
    await page().waitForSelector('[data-step="enrol"]', { timeout: 60_000 })
    expect(await page().textContent('h1')).toContain('设置两步验证')
    expect(await page().locator('[data-testid="sign-in-form"] svg').count()).toBe(1)
    secret = (await page().textContent('[data-testid="two-factor-key"]'))!.replace(/\s/g, '')
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    await saveScreenshot(page(), 'two-factor-2-enrol')

    await page().fill('#field-totp', '000000')
    await page().click('button[type="submit"]')
    await page().locator('[data-testid="sign-in-form"] [role="alert"]').waitFor()
    expect(await page().locator('[data-testid="sign-in-form"] [role="alert"]').textContent()).toMatch(/验证码不正确/)

    await page().fill('#field-totp', await codeFor(secret))
    await page().click('button[type="submit"]')
    await page().waitForSelector('[data-testid="recovery-codes"] li')
    recoveryCodes = await page().locator('[data-testid="recovery-codes"] li').allTextContents()
    expect(recoveryCodes).toHaveLength(10)
    expect(await page().textContent('body')).toContain('请保存你的恢复码')
    await saveScreenshot(page(), 'two-factor-3-recovery-codes')
    await page().getByRole('button', { name: '我已保存，继续' }).click()
    await page().waitForSelector('nav, .nav', { timeout: 60_000 })
    expect(new URL(page().url()).pathname).toBe('/admin')
  }, 180_000)

  it('asks for the code at the next sign-in, and lets the social worker in with it', async () => {
    await signOut()
    await enterPassword()
    await page().waitForSelector('[data-step="code"]')
    expect(await page().textContent('body')).toContain('6 位验证码')
    await saveScreenshot(page(), 'two-factor-4-code')
    await page().fill('#field-totp', await codeFor(secret, 1))
    await Promise.all([page().waitForURL((url) => url.pathname === '/admin', { timeout: 60_000 }), page().click('button[type="submit"]')])
    await page().waitForSelector('nav, .nav', { timeout: 60_000 })
  }, 120_000)

  it('signs in with a recovery code when the phone is not at hand, and says how many are left', async () => {
    await signOut()
    await enterPassword()
    await page().waitForSelector('[data-step="code"]')
    await page().getByRole('button', { name: '手机不在身边？用恢复码登录' }).click()
    await page().fill('#field-recovery-code', recoveryCodes[0]!)
    await page().click('button[type="submit"]')
    await page().getByText('还剩 9 个').waitFor()
    await saveScreenshot(page(), 'two-factor-5-recovery-used')
    await page().getByRole('button', { name: '继续' }).click()
    await page().waitForSelector('nav, .nav', { timeout: 60_000 })
  }, 120_000)

  it('shows it as on in the account page', async () => {
    await page().goto(adminUrl('/account'))
    const panel = page().locator('[data-testid="two-factor-panel"]')
    await panel.waitFor()
    expect(await panel.textContent()).toMatch(/已启用/)
    expect(await panel.textContent()).toMatch(/重新生成恢复码/)
    await saveScreenshot(page(), 'two-factor-6-account')
    expect((errors ?? []).filter((e) => !/Failed to load resource.*401/.test(e))).toEqual([])
  }, 120_000)
})
