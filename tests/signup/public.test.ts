import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { hasHorizontalScroll, launchBrowser, viewports } from '../helpers/browser'
import { pdfText } from '../helpers/pdf'
import { eventually } from '../helpers/eventually'
import { getTestPayload } from '../helpers/payload'
import { type SiteServer, startSiteServer } from '../helpers/site-server'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'
import { createSignupActivity, randomPhone } from './fixtures'

let payload: Payload
let pool: Pool
let users: TeamUsers
/** Its own server, with the per-address limits lifted: every request of this file comes from one loopback address. */
let server: SiteServer
const siteUrl = () => server.url
/** The page's HTML with React's text separators removed, as a reader sees the text. */
const get = async (path: string, init: { cookie?: string; headers?: Record<string, string> } = {}) => {
  const res = await fetch(`${siteUrl()}${path}`, { redirect: 'manual', headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers } })
  return { status: res.status, headers: res.headers, text: (await res.text()).replaceAll('<!-- -->', '') }
}

const form = (fields: Record<string, string>) => new URLSearchParams({ name: '黄奶奶', phone: randomPhone(), partySize: '1', consent: 'on', ...fields }).toString()
/** A plain HTML form post, as a browser with JavaScript off sends it. */
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${siteUrl()}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body })

beforeAll(async () => {
  payload = await getTestPayload()
  pool = databasePool(payload)
  users = await createTeamUsers(payload)
  // The limits lifted (every request of this file comes from one loopback address); a generous start-up time, the machine is shared.
  server = await startSiteServer(
    {
      RATE_LIMIT_SIGNUPS_PER_MINUTE: '1000',
      RATE_LIMIT_UNVERIFIED_SIGNUPS_PER_MINUTE: '1000',
      RATE_LIMIT_SIGNUP_ATTEMPTS_PER_MINUTE: '10000',
      LINLI_JOBS_QUEUE: `signup-public-${Date.now()}`,
    } as unknown as NodeJS.ProcessEnv,
    240_000,
  )
})

describe('signing up with JavaScript off', () => {
  it('the activity page shows the state and the form; a plain post leads to the private confirmation page with QR and .ics', async () => {
    const a = await createSignupActivity(payload, { capacity: 30 })
    const page = await get(`/activities/${a.slug}`, { cookie: 'visitor=1' })
    expect(page.status).toBe(200)
    expect(page.text).toContain('正在报名')
    expect(page.text).toContain('还剩 30 个名额')
    // The page's form sends to its server action (src/forms); the plain-POST endpoint is for other clients.
    expect(page.text).toContain('id="signup-form"')
    expect(page.text).toContain('name="phone"')

    const res = await post(`/activities/${a.slug}/signup`, form({ partySize: '2', pickup: 'on', diet: '不吃羊肉' }))
    expect(res.status).toBe(303)
    const location = res.headers.get('location')!
    expect(location).toMatch(/^\/signup\/LL-[A-Z0-9]{6}\/[A-Za-z0-9_-]{24}\?new=1$/)
    const confirmation = await get(location)
    expect(confirmation.status).toBe(200)
    expect(confirmation.headers.get('cache-control')).toContain('no-store')
    expect(confirmation.text).toContain('报名成功')
    expect(confirmation.text).toContain('<svg')
    const reference = location.split('/')[2]!
    expect(confirmation.text).toContain(reference)
    const stored = (await pool.query('select party_size::int as party, pickup, diet, status, source from signups where reference = $1', [reference])).rows[0]
    expect(stored).toEqual({ party: 2, pickup: true, diet: '不吃羊肉', status: 'confirmed', source: 'online' })

    const ics = await get(`${location.split('?')[0]}/calendar.ics`)
    expect(ics.headers.get('content-type')).toContain('text/calendar')
    expect(ics.text).toContain('BEGIN:VALARM')
    expect(ics.text).toContain('TRIGGER:-P1D')

    // A wrong token shows nothing.
    expect((await get(`/signup/${reference}/${'x'.repeat(24)}`)).status).toBe(404)
  })

  it('a submission that needs correcting comes back as the page with messages and what was typed; the same phone twice is told', async () => {
    const a = await createSignupActivity(payload, { capacity: 30 })
    const phone = randomPhone()
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false })
      const page = await context.newPage()
      const fill = async (fields: { name: string; phone: string }) => {
        await page.goto(`${siteUrl()}/activities/${a.slug}`)
        await page.fill('#signup-form-name', fields.name)
        await page.fill('#signup-form-phone', fields.phone)
        await page.check('#signup-form-consent')
        await Promise.all([page.waitForLoadState('load'), page.click('#signup-form button[type="submit"]')])
      }
      await fill({ name: '林爷爷', phone: '12345' })
      await page.waitForSelector('#signup-form-phone-error')
      expect(await page.textContent('#signup-form-phone-error')).toContain('请填写 11 位手机号')
      expect(await page.getAttribute('#signup-form-phone', 'aria-invalid')).toBe('true')
      expect(await page.inputValue('#signup-form-name')).toBe('林爷爷')
      expect(await page.inputValue('#signup-form-phone')).toBe('12345')
      expect(await page.isChecked('#signup-form-consent')).toBe(true)

      await page.fill('#signup-form-phone', phone)
      await page.click('#signup-form button[type="submit"]')
      await page.waitForURL(/\/signup\/LL-[A-Z0-9]{6}\/[A-Za-z0-9_-]{24}\?new=1$/, { timeout: 60_000 })
      expect(await page.textContent('body')).toContain('报名成功')

      await fill({ name: '林爷爷', phone })
      await page.waitForSelector('#signup-form-phone-error')
      expect(await page.textContent('#signup-form-phone-error')).toContain('这个手机号已经报过名了')
      expect(page.url()).not.toContain('/signup/LL-')
      await context.close()
    } finally {
      await browser.close()
    }
    expect((await pool.query('select count(*)::int as n from signups where activity_id = $1', [a.id])).rows[0].n).toBe(1)

    // The endpoint for other clients answers the same way; a filled honeypot and a forged proof of work are refused.
    const again = await post(`/activities/${a.slug}/signup`, form({ phone }), { accept: 'application/json' })
    expect(again.status).toBe(422)
    expect(((await again.json()) as { errors: { phone: string } }).errors.phone).toContain('这个手机号已经报过名了')
    const spam = await post(`/activities/${a.slug}/signup`, form({ website: 'http://spam.example' }))
    expect(spam.status).toBe(400)
    const forged = await post(`/activities/${a.slug}/signup`, form({ altcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64') }))
    expect(forged.status).toBe(403)
  }, 180_000)

  it('when full the page says 已满，可以候补; cancelling by the link moves the first waiting party up', async () => {
    const a = await createSignupActivity(payload, { capacity: 1 })
    const holder = await post(`/activities/${a.slug}/signup`, form({}))
    const holderPage = holder.headers.get('location')!.split('?')[0]!
    const page = await get(`/activities/${a.slug}`, { cookie: 'visitor=2' })
    expect(page.text).toContain('已满，可以候补')
    const waiting = await post(`/activities/${a.slug}/signup`, form({ name: '候补的邓阿姨' }))
    const waitingRef = waiting.headers.get('location')!.split('/')[2]!
    expect((await pool.query('select status from signups where reference = $1', [waitingRef])).rows[0].status).toBe('waitlisted')
    const cancel = await post(`${holderPage}/cancel`, '')
    expect(cancel.status).toBe(303)
    expect((await get(holderPage)).text).toContain('报名已取消')
    expect((await pool.query('select status, to_phone from signups where reference = $1', [waitingRef])).rows[0]).toEqual({ status: 'confirmed', to_phone: true })
    // The one moved up cancels too: the cached page (kept up to 5 minutes otherwise) says the place is free again.
    expect((await get(`/activities/${a.slug}`, { cookie: 'visitor=2' })).text).toContain('已满，可以候补')
    expect((await post(`${waiting.headers.get('location')!.split('?')[0]!}/cancel`, '')).status).toBe(303)
    await eventually(async () => expect((await get(`/activities/${a.slug}`, { cookie: 'visitor=2' })).text).not.toContain('已满，可以候补'), 10_000)
  })
})

describe('staff', () => {
  let auth: string
  beforeAll(async () => {
    auth = await loginOverHttp(siteUrl(), users.editor)
  })

  it('the staff pages are for staff only', async () => {
    const a = await createSignupActivity(payload)
    const anon = await get(`/staff/signups/${a.id}`)
    expect(anon.status).toBe(307)
    expect(anon.headers.get('location')).toContain('/admin/login')
    const contributor = await get(`/staff/signups/${a.id}`, { headers: { authorization: await loginOverHttp(siteUrl(), users.contributor) } })
    expect(contributor.status).toBe(307)
    expect((await fetch(`${siteUrl()}/staff/signups/${a.id}/export.csv`)).status).toBe(401)
  })

  it('overview, phone sign-up into held places, sign-in sheet and CSV', async () => {
    const a = await createSignupActivity(payload, { capacity: 3, signup: { heldForPhone: 1 } })
    const online = await signUp(pool, { activityId: a.id, name: '网上的甲', phone: randomPhone(), partySize: 2, pickup: true })
    if (online.kind !== 'confirmed') throw new Error('setup')
    const phone = randomPhone()
    const add = await post('/staff/actions', new URLSearchParams({ action: 'phoneSignup', activityId: String(a.id), back: `/staff/signups/${a.id}`, name: '电话的乙', phone, partySize: '1', diet: '不吃羊肉' }).toString(), { authorization: auth })
    expect(add.status).toBe(303)
    expect(add.headers.get('location')).toContain('note=confirmed')
    const overview = await get(`/staff/signups/${a.id}`, { headers: { authorization: auth } })
    expect(overview.text).toContain('已报名 3 / 3 人')
    expect(overview.text).toContain('需接送 1 份')
    expect(overview.text).toContain('不吃羊肉 1 人')
    const sheet = await fetch(`${siteUrl()}/staff/signups/${a.id}/sheet.pdf`, { headers: { authorization: auth } })
    expect(sheet.headers.get('content-type')).toBe('application/pdf')
    const text = (await pdfText(Buffer.from(await sheet.arrayBuffer()))).text.replace(/\s+/g, '')
    expect(text).toContain('签到表')
    expect(text).toContain('电话的乙')
    expect(text).toContain(phone.slice(-4))
    expect(text).not.toContain(phone)
    const csv = await (await fetch(`${siteUrl()}/staff/signups/${a.id}/export.csv`, { headers: { authorization: auth } })).text()
    expect(csv).toContain('"电话的乙"')
    expect(csv.split('\r\n')[0]).toContain('"签到","签到时间","签退时间","报名时间"')
    expect(csv).toContain(`"${phone}"`)
    // Staff removing someone frees places, and the public page (cached otherwise up to 5 minutes) says so.
    expect((await get(`/activities/${a.slug}`, { cookie: 'visitor=3' })).text).toContain('已满，可以候补')
    const removed = await post('/staff/actions', new URLSearchParams({ action: 'cancel', id: String(online.id), back: `/staff/signups/${a.id}` }).toString(), { authorization: auth })
    expect(removed.status).toBe(303)
    await eventually(async () => expect((await get(`/activities/${a.slug}`, { cookie: 'visitor=3' })).text).not.toContain('已满，可以候补'), 10_000)
  })

  it('the check-in page works on a 375 px phone: search by phone ending, big 到了 button', async () => {
    const a = await createSignupActivity(payload, { capacity: 10 })
    const phone = randomPhone()
    const s = await signUp(pool, { activityId: a.id, name: '签到的曾奶奶', phone, partySize: 2 })
    await signUp(pool, { activityId: a.id, name: '别的人', phone: randomPhone(), partySize: 1 })
    if (s.kind !== 'confirmed') throw new Error('setup')
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ viewport: viewports.phone, extraHTTPHeaders: { authorization: auth } })
      const page = await context.newPage()
      await page.goto(`${siteUrl()}/staff/signups/${a.id}/check-in?q=${phone.slice(-4)}`)
      expect(await page.locator('.row').count()).toBe(1)
      const button = page.getByRole('button', { name: '到了' })
      const box = await button.boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(48)
      expect(await hasHorizontalScroll(page)).toBe(false)
      await Promise.all([page.waitForURL(/note=/), button.click()])
      expect(await page.textContent('body')).toContain('✓ 到了')
      expect((await pool.query('select attendance from signups where id = $1', [s.id])).rows[0].attendance).toBe('attended')
      // The sign-up's QR code opens it ready to check in.
      await page.goto(`${siteUrl()}/staff/check-in/${s.reference}`)
      expect(await page.textContent('body')).toContain('签到的曾奶奶')
    } finally {
      await browser.close()
    }
  })
})

afterAll(async () => {
  await server?.stop()
})
