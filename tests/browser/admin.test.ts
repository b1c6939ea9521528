import type { Payload } from 'payload'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { signInToAdmin, useAdminPage } from '../helpers/browser'
import { createTestUser, type TestUser } from '../helpers/users'
import { paperApplication } from '../recruitment/helpers/fixtures'

let payload: Payload
let page: Page
let editor: TestUser

// The admin must be used on the site's own origin (SITE_URL): Payload's CSRF check ignores the session cookie on requests from any other.
const adminUrl = (path: string) => `${siteUrl()}/admin${path}`

const admin = useAdminPage(async () => {
  payload = await getTestPayload()
  await seed(payload)
  editor = await createTestUser(payload, 'editor', 'social-worker')
})
beforeAll(() => {
  ;({ page } = admin())
})

/** Picks an option of one of Payload's select fields (a react-select) by its visible label. */
async function chooseOption(field: string, label: string): Promise<void> {
  await page.locator(`#field-${field} .rs__control`).click()
  await page.locator('.rs__option', { hasText: label }).first().click()
}

describe('the admin in a browser, as a social worker', () => {
  it('logs in', async () => {
    await page.goto(adminUrl('/login'))
    await signInToAdmin(page, editor)
  }, 120_000)

  it('opens the newest application, changes its status and saves', async () => {
    const name = `浏览器${Date.now().toString(36).slice(-4)}`
    const app = await payload.create({ collection: 'applications', data: paperApplication({ name }), overrideAccess: true })
    await page.goto(adminUrl('/collections/applications'))
    const firstRow = page.locator('table tbody tr').first()
    await firstRow.waitFor()
    expect(await firstRow.textContent()).toContain(name)
    // Payload's list rewrites its own address (?depth=1&limit=50&sort=…) after loading and re-renders
    // the table: a click in that moment is lost, so click again until the document opens.
    const documentPath = `/collections/applications/${app.id}`
    await expect
      .poll(
        async () => {
          if (!new URL(page.url()).pathname.endsWith(documentPath)) await firstRow.locator('a').first().click({ timeout: 5_000 }).catch(() => undefined)
          await page.waitForURL(`**${documentPath}`, { timeout: 5_000 }).catch(() => undefined)
          return new URL(page.url()).pathname
        },
        { timeout: 45_000, interval: 250 },
      )
      .toMatch(new RegExp(`${documentPath}$`))
    await page.waitForSelector('#field-status .rs__control')
    expect(await page.textContent('#field-status .rs__single-value')).toBe('新报名')
    await chooseOption('status', '已联系')
    expect(await page.textContent('#field-status .rs__single-value')).toBe('已联系')
    await page.click('#action-save')
    await page.getByText('更新成功').first().waitFor()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'applications', id: app.id, overrideAccess: true })).status, { timeout: 15_000 })
      .toBe('contacted')
  }, 120_000)

  it('publishes a draft story, which then appears on the public site within 10 s', async () => {
    const title = `后台发布测试 ${Date.now().toString(36)}`
    const slug = `admin-publish-${Date.now().toString(36)}`
    const story = await payload.create({ collection: 'stories', data: { title, slug, summary: '草稿摘要', _status: 'draft' }, locale: 'zh', draft: true, overrideAccess: true })
    expect(await (await fetch(`${siteUrl()}/stories`)).text()).not.toContain(title)
    await page.goto(adminUrl(`/collections/stories/${story.id}`))
    // The document's controls are interactive once they show its draft status.
    await page.locator('.doc-controls .status__value', { hasText: '草稿' }).waitFor()
    const publish = page.locator('#action-save')
    expect(await publish.textContent()).toBe('发布修改')
    await publish.click()
    const published = Date.now()
    await page.locator('.doc-controls .status__value', { hasText: '已发布' }).waitFor()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'stories', id: story.id, overrideAccess: true }))._status, { timeout: 15_000 })
      .toBe('published')
    await expect.poll(async () => (await (await fetch(`${siteUrl()}/stories`)).text()).includes(title), { timeout: 10_000, interval: 300 }).toBe(true)
    console.info(`[admin] published story visible on /stories ${Date.now() - published} ms after the click`)
  }, 120_000)
})
