import type { Payload } from 'payload'
import type { Pool } from 'pg'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { recordAttendance, recordCheckOut, signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { chinaDate } from '@/volunteers/workingDays'
import { hasHorizontalScroll, launchBrowser, reportCspViolations, saveScreenshot, signInToAdmin, viewports, watchPageErrors } from '../helpers/browser'
import { pdfText } from '../helpers/pdf'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'

/**
 * The volunteer screens of the admin (issue 13) in real Chromium, as a social worker (editor) uses them:
 * the dashboard's figures, recording an activity in one step, a certificate's PDF, revealing an ID
 * number, the duty roster. Every page the context opens is watched for console errors and CSP violations.
 */

let payload: Payload
let pool: Pool
let browser: Browser
let page: Page
let context: BrowserContext
let editor: TestUser
const problems: string[] = []

const HOUR = 3_600_000
const stamp = Date.now().toString(36).slice(-5)
const adminUrl = (path: string) => `${siteUrl()}/admin${path}`
const ID_NUMBER = '510124195001011234'

/** As our social workers use it: Chinese, in China's time zone (dates in the admin are shown in the browser's). */
const asStaff = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai' } as const

/** Console errors, uncaught errors and CSP violations of every page of a context (popups included). */
async function watch(ctx: BrowserContext): Promise<void> {
  await reportCspViolations(ctx)
  const attach = (p: Page) => watchPageErrors(p, problems)
  ctx.pages().forEach(attach)
  ctx.on('page', attach)
  ctx.on('response', (r) => {
    if (r.status() >= 500) problems.push(`${r.request().method()} ${r.url()} answered ${r.status()}`)
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  pool = databasePool(payload)
  await seed(payload)
  editor = await createTestUser(payload, 'editor', 'volunteer-screens')
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: viewports.desktop, ...asStaff })
  await watch(context)
  page = await context.newPage()
  page.setDefaultTimeout(30_000)
})
afterAll(async () => {
  await context?.close()
  await browser?.close()
})

async function volunteer(name: string, extra: Record<string, unknown> = {}) {
  const mobile = `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
  return payload.create({ collection: 'volunteers', data: { name: `${name}${stamp}`, mobile, status: 'core', ...extra } as never, user: editor, overrideAccess: false })
}

async function activity(title: string, startsAt: Date, hours: number, extra: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'activities',
    locale: 'zh',
    data: {
      title: `${title}${stamp}`,
      slug: `volunteer-screens-${title.length}-${stamp}-${Math.random().toString(36).slice(2, 6)}`,
      kind: 'tea-service',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + hours * HOUR).toISOString(),
      place: '老顽童之家',
      summary: '陪老人喝茶聊天',
      _status: 'published',
      ...extra,
    } as never,
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
}

const figure = async (name: string) => Number(((await page.locator(`[data-figure="${name}"] strong`).textContent()) ?? '').trim())

describe('the volunteer screens in Chromium, as a social worker', () => {
  it('signs in', async () => {
    await page.goto(adminUrl('/login'))
    await signInToAdmin(page, editor)
  }, 120_000)

  it('shows the dashboard’s figures equal to direct SQL and Local API counts on the demo data', async () => {
    await page.goto(adminUrl(''))
    const dashboard = page.locator('section[aria-labelledby="team-dashboard"]')
    await dashboard.waitFor()
    const now = new Date()
    const since = new Date(now.getTime() - 365 * 864e5).toISOString()
    const one = async (sql: string, params: unknown[] = []) => Number((await pool.query(sql, params)).rows[0].n)
    const expected = {
      'new-applications': (await payload.count({ collection: 'applications', where: { and: [{ status: { equals: 'new' } }, { anonymisedAt: { exists: false } }] } })).totalDocs,
      'to-record': await one(
        `select count(*) as n from activities a where a.ends_at < $1 and a.ends_at > $2 and a.kind::text <> 'merchant-service'
           and not exists (select 1 from service_records r where r.activity_id = a.id)`,
        [now.toISOString(), new Date(now.getTime() - 60 * 864e5).toISOString()],
      ),
      'active-volunteers': (await payload.count({ collection: 'volunteers', where: { and: [{ status: { in: ['core', 'regular', 'occasional'] } }, { anonymisedAt: { exists: false } }] } })).totalDocs,
      newcomers: await one(`select count(*) as n from volunteers v where v.joined_at >= $1 and exists (select 1 from applications a where a.volunteer_id = v.id)`, [since]),
      'total-hours': Math.round(
        (await one(`select coalesce(sum(hours), 0)::float8 as n from service_records where voided is not true and date >= $1 and date <= $2`, [since, now.toISOString()])) * 10,
      ) / 10,
      'people-served': await one(`select count(distinct volunteer_id) as n from service_records where voided is not true and date >= $1`, [since]),
    }
    const shown = Object.fromEntries(await Promise.all(Object.keys(expected).map(async (k) => [k, await figure(k)] as const)))
    console.info(`[volunteer-screens] dashboard figures ${JSON.stringify(shown)}`)
    expect(shown).toEqual(expected)
    // The demo team is there: the figures are not zeros that would equal an empty database.
    expect(shown['active-volunteers']).toBeGreaterThan(20)
    expect(shown['total-hours']).toBeGreaterThan(100)
    // The month chart has a bar per month with hours.
    const months = (await pool.query(`select count(distinct to_char(date at time zone 'Asia/Shanghai', 'YYYY-MM'))::int as n from service_records where voided is not true and date >= $1 and date <= $2`, [since, now.toISOString()])).rows[0].n
    expect(await dashboard.locator('svg rect').count()).toBe(months)
    // What waits leads to the one-step recording.
    expect(await dashboard.getByRole('link', { name: '去记录（一步完成）' }).getAttribute('href')).toBe('/admin/record-activity')
    await saveScreenshot(page, 'admin-volunteer-dashboard-1280')
  }, 120_000)

  let recorded: { adjusted: { id: number; name: string } }

  it('records an activity in one step: choose it, adjust one person’s hours, save; the records hold those hours', async () => {
    const start = new Date(Date.now() - 26 * HOUR)
    start.setUTCSeconds(0, 0)
    const tea = await activity('浏览器记录的茶座', start, 2, { capacity: 20, signup: { enabled: true, maxParty: 2, heldForPhone: 0 } })
    const [onDuty, atDoor, extra] = [await volunteer('值班的陈'), await volunteer('签到签退的刘'), await volunteer('没排班的周')]
    await payload.create({ collection: 'duties', data: { activity: tea.id, role: 'tea', needed: 2, volunteers: [onDuty.id] }, user: editor, overrideAccess: false })
    // 刘 signed up, came through the door at the start and left 95 minutes later: 1.5 h by default.
    const signup = await signUp(pool, { activityId: tea.id, name: atDoor.name, phone: atDoor.mobile!, partySize: 1, now: new Date(start.getTime() - 864e5) })
    if (signup.kind !== 'confirmed') throw new Error(`sign-up ${signup.kind}`)
    await recordAttendance(pool, signup.id, 'attended', start)
    await recordCheckOut(pool, signup.id, { now: new Date(start.getTime() + 95 * 60_000) })

    await page.goto(adminUrl('/record-activity'))
    const choose = page.getByRole('button', { name: tea.title })
    await choose.waitFor()
    await choose.click()
    const hours = (name: string) => page.getByRole('spinbutton', { name: `${name} 时长` })
    await hours(onDuty.name).waitFor()
    // Inside the admin's frame (its navigation), with the activity it records named.
    expect(await page.locator('.template-default nav').count()).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(tea.title)
    expect(await hours(onDuty.name).inputValue()).toBe('2')
    expect(await hours(atDoor.name).inputValue()).toBe('1.5')
    await hours(onDuty.name).fill('2.5')
    await page.getByLabel('添加参加服务的人').selectOption({ label: extra.name })
    await hours(extra.name).fill('1')
    await saveScreenshot(page, 'admin-record-activity-1280')
    expect(await hasHorizontalScroll(page)).toBe(false)
    await page.getByRole('button', { name: '保存记录' }).click()
    await page.getByRole('status').filter({ hasText: '已记录 3 条服务记录' }).waitFor()
    const rows = (await pool.query('select volunteer_id, hours::float8 as hours, activity_name, recorded_by_id, person_in_charge from service_records where activity_id = $1 order by volunteer_id', [tea.id])).rows
    expect(Object.fromEntries(rows.map((r) => [r.volunteer_id, r.hours]))).toEqual({ [onDuty.id]: 2.5, [atDoor.id]: 1.5, [extra.id]: 1 })
    expect(new Set(rows.map((r) => `${r.activity_name}|${r.recorded_by_id}|${r.person_in_charge}`))).toEqual(new Set([`${tea.title}|${editor.id}|${editor.name}`]))
    // Recorded, it leaves the list of what waits.
    await expect.poll(() => page.getByRole('button', { name: tea.title }).count(), { timeout: 10_000 }).toBe(0)
    recorded = { adjusted: { id: onDuty.id, name: onDuty.name } }
  }, 120_000)

  it('sends someone signed out to the sign-in page', async () => {
    const anonymous = await browser.newContext(asStaff)
    try {
      const p = await anonymous.newPage()
      await p.goto(adminUrl('/record-activity'))
      await p.waitForURL(/\/admin\/login/)
      expect(await p.locator('body').innerText()).not.toContain('待记录的活动')
    } finally {
      await anonymous.close()
    }
  }, 60_000)

  it('fits a 375 px phone on /admin/record-activity', async () => {
    const start = new Date(Date.now() - 30 * HOUR)
    const waiting = await activity('手机上记录的活动', start, 3)
    const helper = await volunteer('手机上的吴')
    await payload.create({ collection: 'duties', data: { activity: waiting.id, role: 'door', needed: 1, volunteers: [helper.id] }, user: editor, overrideAccess: false })
    const phone = await browser.newContext({ viewport: viewports.phone, ...asStaff, storageState: await context.storageState() })
    await watch(phone)
    try {
      const p = await phone.newPage()
      await p.goto(adminUrl('/record-activity'))
      await p.getByRole('button', { name: waiting.title }).waitFor()
      await saveScreenshot(p, 'admin-record-activity-list-375')
      expect(await hasHorizontalScroll(p)).toBe(false)
      await p.getByRole('button', { name: waiting.title }).click()
      await p.getByRole('spinbutton', { name: `${helper.name} 时长` }).waitFor()
      await saveScreenshot(p, 'admin-record-activity-375')
      expect(await hasHorizontalScroll(p)).toBe(false)
      const save = await p.getByRole('button', { name: '保存记录' }).boundingBox()
      expect(save!.x + save!.width).toBeLessThanOrEqual(viewports.phone.width)
    } finally {
      await phone.close()
    }
  }, 120_000)

  it('prints a certificate: the button gives a real PDF holding the name, hours and number', async () => {
    const v = recorded.adjusted
    const year = chinaDate(new Date()).slice(0, 4)
    const c = await payload.create({ collection: 'certificates', data: { volunteer: v.id, periodFrom: `${year}-01-01`, periodTo: `${year}-12-31` } as never, user: editor, overrideAccess: false })
    expect(c.totalHours).toBe(2.5)
    await page.goto(adminUrl(`/collections/certificates/${c.id}`))
    const button = page.getByRole('link', { name: '打印证明（A4 PDF）' })
    await button.waitFor()
    await page.locator('#field-volunteer .rs__single-value', { hasText: v.name }).waitFor()
    await page.locator('#field-periodFrom input').waitFor()
    expect(await page.inputValue('#field-periodFrom input')).toBe(`${year}-01-01`)
    expect(await page.inputValue('#field-periodTo input')).toBe(`${year}-12-31`)
    await saveScreenshot(page, 'admin-certificate-1280')
    // The button opens the PDF in a new tab: the browser's own request is answered with a PDF.
    const navigation = context.waitForEvent('response', { predicate: (r) => r.url().endsWith(`/api/certificates/${c.id}/certificate.pdf`), timeout: 30_000 })
    const [popup] = await Promise.all([context.waitForEvent('page'), button.click()])
    const answer = await navigation
    expect(answer.status()).toBe(200)
    expect(answer.headers()['content-type']).toBe('application/pdf')
    expect(answer.headers()['content-disposition']).toBe(`inline; filename="certificate-${c.number}.pdf"`)
    // Chromium's PDF viewer takes that tab over (its body reads as the viewer's HTML), so the bytes are
    // fetched once more by the admin page itself, with the same session.
    const href = (await button.getAttribute('href'))!
    const body = Buffer.from(
      await page.evaluate(async (url) => {
        const res = await fetch(url, { credentials: 'include' })
        const bytes = new Uint8Array(await res.arrayBuffer())
        let binary = ''
        for (const b of bytes) binary += String.fromCharCode(b)
        return btoa(binary)
      }, href),
      'base64',
    )
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const { text, pages } = await pdfText(body)
    const flat = text.replace(/\s+/g, '')
    expect(pages).toBe(1)
    expect(flat).toContain(v.name)
    expect(flat).toContain(c.number!)
    expect(flat).toContain('2.5')
    // The service by kind reads as a table in the admin (Payload's JSON editor would load Monaco from a CDN).
    expect(await page.locator('table', { hasText: '公益茶座' }).textContent()).toMatch(/公益茶座1\s*2\.5/)
    await popup.close()
  }, 120_000)

  it('takes an ID number typed in the admin (consent given), keeps only its mask readable, shows it in full only after the click, and audits the reveal', async () => {
    const v = await volunteer('有身份证的骆', { idConsent: true })
    const reveals = async () =>
      (await payload.find({ collection: 'audit-entries', where: { and: [{ action: { equals: 'reveal' } }, { resource: { equals: 'volunteers' } }, { documents: { equals: String(v.id) } }] }, depth: 0 })).docs
    // Payload remembers a collapsible opened once (a preference): open it only when it is closed.
    const openIdSection = async () => {
      const toggle = page.locator('.collapsible', { hasText: '身份证号（敏感个人信息）' }).locator('.collapsible__toggle').first()
      await toggle.waitFor()
      if (((await toggle.getAttribute('class')) ?? '').includes('collapsible__toggle--collapsed')) await toggle.click()
      await page.locator('#field-idNumberMasked').waitFor({ state: 'visible' })
    }
    await page.goto(adminUrl(`/collections/volunteers/${v.id}`))
    await openIdSection()
    // Payload makes a virtual field read-only unless told otherwise; staff must be able to type here.
    expect(await page.locator('#field-idNumber').isEditable()).toBe(true)
    await page.locator('#field-idNumber').fill(ID_NUMBER)
    await page.click('#action-save')
    await page.getByText('更新成功').first().waitFor()
    const stored = (await pool.query('select id_number_cipher, id_number_masked from volunteers where id = $1', [v.id])).rows[0]
    expect(stored.id_number_masked).toBe('510***********1234')
    expect(stored.id_number_cipher).toBeTruthy()
    expect(stored.id_number_cipher).not.toContain(ID_NUMBER)

    await page.reload()
    await openIdSection()
    const masked = page.locator('#field-idNumberMasked')
    expect(await masked.inputValue()).toBe('510***********1234')
    // Nothing of the full number is in the page before the click, nor in what the server sent.
    expect(await page.content()).not.toContain(ID_NUMBER)
    expect(await reveals()).toHaveLength(0)
    await saveScreenshot(page, 'admin-volunteer-id-masked-1280')
    await page.getByRole('button', { name: '查看完整号码（会记入审计）' }).click()
    await page.locator('code', { hasText: ID_NUMBER }).waitFor()
    await saveScreenshot(page, 'admin-volunteer-id-revealed-1280')
    const entries = await reveals()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ field: 'idNumber', actorId: editor.id, actorRole: 'editor', count: 1 })
    expect(JSON.stringify(entries[0])).not.toContain(ID_NUMBER)
    await page.getByRole('button', { name: '隐藏' }).click()
    expect(await page.locator('code', { hasText: ID_NUMBER }).count()).toBe(0)
  }, 120_000)

  it('opens this week’s duty roster from the duties list, with the names and what is missing', async () => {
    const soon = await activity('本周值班的茶座', new Date(Date.now() + HOUR), 2)
    const [a, b] = [await volunteer('值班表上的骆'), await volunteer('值班表上的彩虹')]
    await payload.create({ collection: 'duties', data: { activity: soon.id, role: 'door', needed: 3, volunteers: [a.id, b.id] }, user: editor, overrideAccess: false })
    await page.goto(adminUrl('/collections/duties'))
    const link = page.getByRole('link', { name: '本周值班表（打印）' })
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe('/api/duties/roster')
    const [popup] = await Promise.all([context.waitForEvent('page'), link.click()])
    await popup.waitForLoadState('domcontentloaded')
    const text = await popup.locator('body').innerText()
    expect(await popup.title()).toMatch(/^值班表 \d{4}-\d{2}-\d{2}$/)
    expect(text).toContain(soon.title)
    expect(text).toContain(`${a.name}、${b.name}`)
    expect(text).toContain('2/3 缺1人')
    expect(text).toContain('开门值班')
    await saveScreenshot(popup, 'admin-duty-roster')
    await popup.close()
  }, 120_000)

  it('checks people in and out at the door with JavaScript off; a stale 走了 for someone no longer checked in says why', async () => {
    const start = new Date(Date.now() + 2 * HOUR)
    const door = await activity('门口签到签退', start, 2, { capacity: 10, signup: { enabled: true, maxParty: 2, heldForPhone: 0 } })
    const phone = `136${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
    const came = await signUp(pool, { activityId: door.id, name: '门口的曾奶奶', phone, partySize: 1 })
    if (came.kind !== 'confirmed') throw new Error('setup')
    const row = async () => (await pool.query('select attendance, checked_in_at, checked_out_at from signups where id = $1', [came.id])).rows[0]
    // Two phones at the door, signed in to the admin, with JavaScript off.
    const noJs = await browser.newContext({ viewport: viewports.phone, ...asStaff, javaScriptEnabled: false, storageState: await context.storageState() })
    await watch(noJs)
    try {
      const [a, b] = [await noJs.newPage(), await noJs.newPage()]
      const list = `${siteUrl()}/staff/signups/${door.id}/check-in?q=${phone.slice(-4)}`
      await a.goto(list)
      await Promise.all([a.waitForURL(/note=done/), a.getByRole('button', { name: '到了' }).click()])
      expect((await row()).attendance).toBe('attended')
      // Phone b takes the check-in back while phone a still shows 走了.
      await b.goto(list)
      await Promise.all([b.waitForURL(/note=done/), b.getByRole('button', { name: '撤销', exact: true }).click()])
      await Promise.all([a.waitForURL(/note=notCheckedIn/), a.getByRole('button', { name: '走了' }).click()])
      expect(await a.getByRole('status').textContent()).toBe('这位还没有签到，不能签退：请先点“到了”。')
      expect(await row()).toMatchObject({ attendance: null, checked_out_at: null })
      // Checked in again, then out: both times are kept and shown.
      await Promise.all([a.waitForURL(/note=done/), a.getByRole('button', { name: '到了' }).click()])
      await Promise.all([a.waitForURL(/note=checkedOut/), a.getByRole('button', { name: '走了' }).click()])
      expect(await a.getByRole('status').textContent()).toBe('已签退。')
      const done = await row()
      expect(done.checked_out_at.getTime()).toBeGreaterThanOrEqual(done.checked_in_at.getTime())
      expect(await a.locator('.row .done').textContent()).toMatch(/^✓ 到了 \d{2}:\d{2} · 走了 \d{2}:\d{2}$/)
      expect(await a.locator('.figures').textContent()).toContain('已签退 1 人')
      expect(await hasHorizontalScroll(a)).toBe(false)
      await saveScreenshot(a, 'staff-door-checked-out-375')
      // Undone, the check-in stays.
      await Promise.all([a.waitForURL(/note=done/), a.getByRole('button', { name: '撤销签退' }).click()])
      expect(await row()).toMatchObject({ attendance: 'attended', checked_out_at: null })
      expect((await row()).checked_in_at).toBeTruthy()
    } finally {
      await noJs.close()
    }
  }, 120_000)

  it('logged no console error and no CSP violation on any of these pages', () => {
    expect(problems).toEqual([])
  })
})
