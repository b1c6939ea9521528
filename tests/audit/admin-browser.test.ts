import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { AuditEntry } from '@/payload-types'
import { saveScreenshot, useAdminPage } from '../helpers/browser'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'
import { paperApplication } from '../recruitment/helpers/fixtures'

let payload: Payload
let editor: TestUser
const admin = useAdminPage(async () => {
  payload = await getTestPayload()
  editor = await createTestUser(payload, 'editor', 'audit-social-worker')
})

const adminUrl = (path: string) => `${siteUrl()}/admin${path}`

async function newestId(): Promise<number> {
  const { rows } = await payload.db.pool.query('select coalesce(max(id), 0)::int as id from audit_entries')
  return rows[0].id
}
async function entriesSince(id: number, actorId: number): Promise<AuditEntry[]> {
  const { docs } = await payload.find({ collection: 'audit-entries', where: { and: [{ id: { greater_than: id } }, { actorId: { equals: actorId } }] }, sort: 'id', pagination: false, overrideAccess: true })
  return docs as AuditEntry[]
}

async function signIn(user: TestUser) {
  const { context, page } = admin()
  await context.clearCookies()
  await page.goto(adminUrl('/login'))
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', user.password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
  await page.waitForSelector('nav, .nav', { timeout: 60_000 })
}


describe('the audit trail of what a social worker does in the admin', () => {
  it('records one list entry for the applications list, one view for opening one, one export for the CSV', async () => {
    const { page } = admin()
    const app = await payload.create({ collection: 'applications', data: paperApplication({ name: `审计浏览${Date.now().toString(36).slice(-4)}` }), overrideAccess: true })
    await signIn(editor)

    let since = await newestId()
    await page.goto(adminUrl('/collections/applications'))
    await page.locator('table tbody tr').first().waitFor()
    await page.waitForLoadState('networkidle')
    const listed = await entriesSince(since, editor.id)
    expect(listed.map((e) => e.action)).toEqual(['list'])
    expect(listed[0]!.documents).toContain(String(app.id))
    expect(listed[0]!.via).toBe('admin')

    since = await newestId()
    await page.goto(adminUrl(`/collections/applications/${app.id}`))
    await page.waitForSelector('#field-status .rs__control')
    await page.waitForLoadState('networkidle')
    const viewed = await entriesSince(since, editor.id)
    expect(viewed.map((e) => [e.action, e.documents])).toEqual([['view', String(app.id)]])

    since = await newestId()
    await page.goto(adminUrl('/collections/applications'))
    await page.locator('table tbody tr').first().waitFor()
    await page.waitForLoadState('networkidle')
    const afterList = await newestId()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /导出/ }).first().click()])
    await download.path()
    const exported = await entriesSince(afterList, editor.id)
    expect(exported.map((e) => e.action)).toEqual(['export'])
  }, 180_000)

  it('lets an admin read the trail (and offers no way to add, edit or delete an entry)', async () => {
    const { page } = admin()
    await signIn(await createTestUser(payload, 'admin', 'audit-admin'))
    await page.goto(adminUrl('/collections/audit-entries'))
    await page.locator('table tbody tr').first().waitFor()
    const body = await page.textContent('body')
    expect(body).toContain('访问记录')
    expect(body).toContain(editor.email.split('@')[0]!.slice(0, 5))
    expect(await page.getByRole('link', { name: /新建|Create new/ }).count()).toBe(0)
    await saveScreenshot(page, 'audit-trail-list')
    const first = await payload.find({ collection: 'audit-entries', sort: '-id', limit: 1, overrideAccess: true })
    await page.goto(adminUrl(`/collections/audit-entries/${first.docs[0]!.id}`))
    await page.waitForSelector('#field-action')
    expect(await page.locator('#action-save').count()).toBe(0)
    await saveScreenshot(page, 'audit-trail-entry')
  }, 180_000)
})
