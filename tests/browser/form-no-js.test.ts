import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports } from '../helpers/browser'
import { randomPhone } from '../recruitment/helpers/fixtures'

const browser = useSeededBrowser()

describe('the application form with JavaScript off', () => {
  it('shows the error beside the field with the typed values kept, then sends and shows the reference', async () => {
    const context = await browser().newContext({ viewport: viewports.phone, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}/join/chazuo-zhurenjia`)
    await page.fill('#apply-name', '无脚本')
    await page.fill('#apply-phone', '12345')
    await page.fill('#apply-referrer', '张阿姨')
    await page.selectOption('#apply-courtyard', { index: 1 })
    await page.check('input[name="ageRange"][value="36-59"]')
    await page.check('#apply-availability-0')
    await page.check('#apply-consent')
    await Promise.all([page.waitForLoadState('load'), page.click('#apply button[type="submit"]')])

    await page.waitForSelector('#apply-phone-error:not([hidden])')
    expect(await page.textContent('#apply-phone-error')).toContain('11位手机号')
    expect(await page.getAttribute('#apply-phone', 'aria-invalid')).toBe('true')
    expect(await page.inputValue('#apply-phone')).toBe('12345')
    expect(await page.inputValue('#apply-name')).toBe('无脚本')
    expect(await page.inputValue('#apply-referrer')).toBe('张阿姨')
    expect(await page.inputValue('#apply-courtyard')).not.toBe('')
    expect(await page.isChecked('#apply-availability-0')).toBe(true)

    await page.fill('#apply-phone', randomPhone())
    if (!(await page.isChecked('#apply-consent'))) await page.check('#apply-consent')
    await page.click('#apply button[type="submit"]')
    await page.waitForURL('**/join/thanks/LL-*', { timeout: 60_000 }).catch(async (error) => {
      throw new Error(`${error}; at ${page.url()}: ${(await page.textContent('main'))?.slice(0, 400)}`)
    })
    const main = (await page.textContent('main')) ?? ''
    expect(main).toContain('报名已收到')
    expect(main).toMatch(/LL-[A-Z0-9]{4,}/)
    await context.close()
  }, 120_000)
})
