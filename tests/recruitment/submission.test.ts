import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { htmlProblems } from '../helpers/browser'
import { getTestPayload } from '../helpers/payload'
import type { SiteServer } from '../helpers/site-server'
import { clientKey, createFixtures, type Fixtures, post, randomPhone, solveProofOfWork, startRecruitmentServer, validForm } from './helpers/fixtures'
import { postThroughPage } from './helpers/pageForm'
import { recipients, startSmtp, type TestSmtp } from './helpers/smtp'

let payload: Payload
let smtp: TestSmtp
let server: SiteServer
let fx: Fixtures
let url: string

const applyPath = () => `/join/${fx.openCall.slug}/apply`
const countApplications = async () => (await payload.count({ collection: 'applications' })).totalDocs
const findByReference = async (reference: string) =>
  (await payload.find({ collection: 'applications', where: { reference: { equals: reference } }, depth: 0, showHiddenFields: true })).docs[0]

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
  smtp = await startSmtp()
  server = await startRecruitmentServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', MAIL_FROM_ADDRESS: 'team@test.linli.local' })
  url = server.url
})

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('the enhanced form (JSON)', () => {
  it('stores an application with an email and mails the applicant and the social workers, in Chinese', async () => {
    const email = `mei-${Date.now()}@test.linli.local`
    const form = validForm(fx, { email, idempotencyKey: clientKey(), altcha: await solveProofOfWork(url) })
    const res = await post(url, applyPath(), form, 'json')
    expect(res.status).toBe(201)
    const { reference, thanksUrl } = res.json() as { reference: string; thanksUrl: string }
    expect(reference).toMatch(/^LL-[34679ACDEFGHJKMNPQRTUVWXY]{6}$/)
    expect(thanksUrl).toBe(`/join/thanks/${reference}`)

    const stored = await findByReference(reference)
    expect(stored).toMatchObject({ name: '王小梅', email, status: 'new', source: 'online', proofOfWork: 'verified', call: fx.openCall.id, courtyard: fx.courtyardId })
    expect(stored.phone).toMatch(/^1\d{10}$/)
    expect(stored.consent).toMatchObject({ noticeVersion: 1, locale: 'zh' })
    expect(stored.consent?.agreedAt).toBeTruthy()
    expect(stored.statusHistory).toHaveLength(1)

    const toApplicant = await smtp.waitFor((m) => recipients(m).includes(email))
    expect(toApplicant.subject).toContain(`报名已收到（编号 ${reference}）`)
    expect(toApplicant.text).toContain('王小梅，你好')
    expect(toApplicant.text).toContain(reference)
    const toStaff = await smtp.waitFor((m) => recipients(m).includes(fx.staffEmails[0]) && (m.subject ?? '').includes(reference))
    expect(toStaff.subject).toBe(`新报名 ${reference} · 测试招募 ${fx.openCall.slug}`)
    expect(toStaff.text).toContain('姓名：王小梅')
    expect(toStaff.text).toContain(`/admin/collections/applications/${stored.id}`)
    expect(toStaff.text).not.toContain(stored.phone as string)
  })

  it('without an email, only the social workers are mailed; English applicants get English messages', async () => {
    const form = validForm(fx, { name: 'Anna Li', idempotencyKey: clientKey(), altcha: await solveProofOfWork(url) })
    const res = await post(url, `/en${applyPath()}`, form, 'json')
    expect(res.status).toBe(201)
    const { reference, thanksUrl } = res.json() as { reference: string; thanksUrl: string }
    expect(thanksUrl).toBe(`/en/join/thanks/${reference}`)
    const toStaff = await smtp.waitFor((m) => (m.subject ?? '').includes(reference))
    expect(recipients(toStaff)).toEqual(fx.staffEmails)
    await new Promise((r) => setTimeout(r, 1500))
    expect(smtp.messages.filter((m) => (m.subject ?? '').includes(reference))).toHaveLength(1)
    expect((await findByReference(reference)).consent?.locale).toBe('en')
  })

  it('answers each wrong field with its message and stores nothing', async () => {
    const before = await countApplications()
    const form = validForm(fx, { phone: '12345', name: '<script>alert(1)</script>', message: 'x'.repeat(1001), consent: undefined, idempotencyKey: clientKey() })
    const res = await post(url, applyPath(), form, 'json')
    expect(res.status).toBe(422)
    const { errors } = res.json() as { errors: Record<string, string> }
    expect(Object.keys(errors).sort()).toEqual(['consent', 'message', 'name', 'phone'])
    expect(errors.phone).toContain('11位手机号')
    const en = await post(url, `/en${applyPath()}`, form, 'json')
    expect((en.json() as { errors: Record<string, string> }).errors.phone).toContain('11-digit')
    expect(await countApplications()).toBe(before)
  })

  it.each<[string, Record<string, string | string[] | undefined>, string]>([
    ['wrong phone', { phone: '138001380' }, 'phone'],
    ['SQL-looking phone', { phone: "13800138000' OR '1'='1" }, 'phone'],
    ['overlong name', { name: '王'.repeat(41) }, 'name'],
    ['emoji name', { name: '🙂🙂' }, 'name'],
    ['SQL-looking name', { name: "x'); DROP TABLE applications; --" }, 'name'],
    ['script tag in the skills note', { skillsNote: '<img src=x onerror=alert(1)>' }, 'skillsNote'],
    ['missing consent', { consent: undefined }, 'consent'],
    ['under 14', { ageRange: 'under-14' }, 'ageRange'],
    ['unknown courtyard', { courtyard: '999999' }, 'courtyard'],
    ['no availability', { availability: [] }, 'availability'],
    ['bad email', { email: 'not-an-email' }, 'email'],
  ])('refuses %s and stores nothing', async (_label, overrides, field) => {
    const before = await countApplications()
    const res = await post(url, applyPath(), validForm(fx, { idempotencyKey: clientKey(), ...overrides }), 'json')
    expect(res.status).toBe(422)
    expect(Object.keys((res.json() as { errors: object }).errors)).toEqual([field])
    expect(await countApplications()).toBe(before)
  })

  it('tells under-14s kindly to ask a guardian', async () => {
    const res = await post(url, applyPath(), validForm(fx, { ageRange: 'under-14' }), 'json')
    expect((res.json() as { errors: Record<string, string> }).errors.ageRange).toContain('监护人')
  })

  it('the same idempotency key twice stores one application and answers the first reference', async () => {
    const before = await countApplications()
    const key = clientKey()
    const altcha = await solveProofOfWork(url)
    const [a, b] = await Promise.all([post(url, applyPath(), validForm(fx, { idempotencyKey: key, altcha }), 'json'), post(url, applyPath(), validForm(fx, { idempotencyKey: key, altcha }), 'json')])
    const again = await post(url, applyPath(), validForm(fx, { idempotencyKey: key, altcha }), 'json')
    const refs = [a, b, again].map((r) => (r.json() as { reference: string }).reference)
    expect(new Set(refs).size).toBe(1)
    expect([a.status, b.status].sort()).toEqual([200, 201])
    expect(again.status).toBe(200)
    expect(await countApplications()).toBe(before + 1)
  })

  it('a honeypot filled in stores nothing', async () => {
    const before = await countApplications()
    const res = await post(url, applyPath(), validForm(fx, { website: 'http://spam.example', idempotencyKey: clientKey(), altcha: await solveProofOfWork(url) }), 'json')
    expect(res.status).toBe(400)
    expect(res.json()).toMatchObject({ code: 'spam' })
    expect(await countApplications()).toBe(before)
  })

  it('a forged or reused proof of work stores nothing', async () => {
    const before = await countApplications()
    const altcha = await solveProofOfWork(url)
    const decoded = JSON.parse(Buffer.from(altcha, 'base64').toString())
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
    const key: string = decoded.solution.derivedKey
    const wrongKey = { ...decoded, solution: { ...decoded.solution, derivedKey: `${key.slice(0, -1)}${key.endsWith('0') ? '1' : '0'}` } }
    const cheaper = { ...decoded, challenge: { ...decoded.challenge, parameters: { ...decoded.challenge.parameters, cost: 1 } } }
    for (const forged of [encode(wrongKey), encode(cheaper)]) {
      const res = await post(url, applyPath(), validForm(fx, { idempotencyKey: clientKey(), altcha: forged }), 'json')
      expect(res.status).toBe(403)
      expect(res.json()).toMatchObject({ code: 'proofOfWork' })
    }
    expect((await post(url, applyPath(), validForm(fx, { idempotencyKey: clientKey(), altcha: 'bm90IGpzb24=' }), 'json')).status).toBe(403)
    expect(await countApplications()).toBe(before)

    expect((await post(url, applyPath(), validForm(fx, { idempotencyKey: clientKey(), altcha }), 'json')).status).toBe(201)
    const reused = await post(url, applyPath(), validForm(fx, { idempotencyKey: clientKey(), altcha }), 'json')
    expect(reused.status).toBe(409)
    expect(reused.json()).toMatchObject({ code: 'proofOfWorkReused' })
    expect(await countApplications()).toBe(before + 1)
  })

  it('refuses a closed call with a clear message pointing to open calls', async () => {
    const before = await countApplications()
    const res = await post(url, `/join/${fx.closedCall.slug}/apply`, validForm(fx, { idempotencyKey: clientKey() }), 'json')
    expect(res.status).toBe(409)
    expect(res.json()).toMatchObject({ code: 'closed', link: '/join' })
    expect((res.json() as { formError: string }).formError).toContain('截止')
    expect(await countApplications()).toBe(before)
  })

  it('answers 404 for a call that does not exist', async () => {
    expect((await post(url, '/join/no-such-call/apply', validForm(fx), 'json')).status).toBe(404)
  })

  it('takes the general “join the team” form without a call', async () => {
    const res = await post(url, '/join/apply', validForm(fx, { courtyard: 'other', courtyardOther: '隔壁小区', idempotencyKey: clientKey(), altcha: await solveProofOfWork(url) }), 'json')
    expect(res.status).toBe(201)
    const stored = await findByReference((res.json() as { reference: string }).reference)
    expect(stored.call ?? null).toBeNull()
    expect(stored.courtyard ?? null).toBeNull()
    expect(stored.courtyardOther).toBe('隔壁小区')
  })

  it('serves a fresh, uncached challenge each time', async () => {
    const [a, b] = await Promise.all([fetch(`${url}/api/recruitment/challenge`), fetch(`${url}/api/recruitment/challenge`)])
    expect(a.headers.get('cache-control')).toContain('no-store')
    expect((await a.json()).parameters.nonce).not.toBe((await b.json()).parameters.nonce)
  })
})

describe('the page form without JavaScript (the server action, as a browser posts it)', () => {
  const formPath = () => `/join/${fx.openCall.slug}`

  it('posts, redirects with 303 to the thanks page, which shows only the reference', async () => {
    const phone = randomPhone()
    const res = await postThroughPage(url, formPath(), validForm(fx, { phone: `+86 ${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}` }))
    expect(res.status).toBe(303)
    const reference = res.location!.split('/').pop()!
    expect(res.location).toBe(`/join/thanks/${reference}`)
    const stored = await findByReference(reference)
    expect(stored).toMatchObject({ phone, proofOfWork: 'unverified' })

    const page = await fetch(`${url}${res.location}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain(reference)
    expect(html).toContain('报名已收到')
    expect(html).not.toContain('王小梅')
    expect(html).not.toContain(phone)

    const en = await fetch(`${url}/en/join/thanks/${reference}`)
    expect(await en.text()).toContain('Application received')
  })

  it('a resubmitted page (same phone, same call, same day) stores one and shows the same reference', async () => {
    const before = await countApplications()
    const form = validForm(fx)
    const first = await postThroughPage(url, formPath(), form)
    const second = await postThroughPage(url, formPath(), form)
    expect(first.status).toBe(303)
    expect(second.location).toBe(first.location)
    expect(await countApplications()).toBe(before + 1)
  })

  it('answers an error with the form page showing the messages and everything typed', async () => {
    const before = await countApplications()
    const form = validForm(fx, { phone: '12345', name: '李<b>四</b>', message: '我想帮忙 & 做饭 "周末"', skills: ['cooking', 'digital'], referrer: '张阿姨', consent: undefined })
    const res = await postThroughPage(url, formPath(), form)
    expect(res.status).toBe(200)
    const html = res.text
    expect(html).toContain('请填写11位手机号')
    expect(html).toContain('请阅读上面的个人信息说明')
    expect(html).toContain('value="12345"')
    expect(html).toContain('李&lt;b&gt;四&lt;/b&gt;')
    expect(html).not.toContain('李<b>四</b>')
    expect(html).toContain('我想帮忙 &amp; 做饭 &quot;周末&quot;')
    expect(html).toContain('value="张阿姨"')
    expect(html).toMatch(/value="digital"[^>]*checked|checked[^>]*value="digital"/)
    expect(html).toMatch(/aria-invalid="true"[^>]*aria-describedby="apply-phone-hint apply-phone-error"|aria-describedby="apply-phone-hint apply-phone-error"[^>]*aria-invalid="true"/)
    expect(await countApplications()).toBe(before)

    const at = html.indexOf('data-application-form')
    const section = html.slice(html.lastIndexOf('<section', at), html.indexOf('</section>', at) + '</section>'.length)
    // React renders a server-action form with `action=""` (post to this page's own address): HTML wants a non-empty URL there, browsers all accept it; everything else must be valid.
    expect(await htmlProblems(section.replace(' action=""', ''))).toEqual([])

    const en = await postThroughPage(url, `/en${formPath()}`, form)
    expect(en.status).toBe(200)
    expect(en.text).toContain('Please enter an 11-digit mainland mobile number')
    expect(en.text).toContain('lang="en"')
  })

  it('the general form sends its page back for correction too', async () => {
    const res = await postThroughPage(url, '/join', validForm(fx, { phone: '555', name: '吴一凡' }))
    expect(res.status).toBe(200)
    expect(res.text).toContain('请填写11位手机号')
    expect(res.text).toContain('value="吴一凡"')
  })
})

describe('the endpoint with a plain POST (other clients)', () => {
  it('stores and redirects with 303; a refused one gets a plain page with the message and a way back', async () => {
    const ok = await post(url, applyPath(), validForm(fx), 'html')
    expect(ok.status).toBe(303)
    expect(ok.location).toMatch(/^\/join\/thanks\/LL-/)
    const bad = await post(url, applyPath(), validForm(fx, { phone: '555' }), 'html')
    expect(bad.status).toBe(422)
    expect(bad.text).toContain('请填写11位手机号')
    expect(bad.text).toContain(`href="/join/${fx.openCall.slug}"`)
    const closed = await post(url, `/join/${fx.closedCall.slug}/apply`, validForm(fx), 'html')
    expect(closed.status).toBe(409)
    expect(closed.text).toContain('这次招募已经截止')
  })

  it('GET on apply goes back to the form, and the old correction pages are gone', async () => {
    const get = await fetch(`${url}${applyPath()}`, { redirect: 'manual' })
    expect(get.status).toBe(303)
    expect(get.headers.get('location')).toBe(`/join/${fx.openCall.slug}`)
    const correct = await fetch(`${url}/join/${fx.openCall.slug}/correct`, { redirect: 'manual', headers: { 'x-linli-form-state': 'forged' } })
    expect(correct.status).toBe(404)
  })

  it('nothing personal is written to the server log', () => {
    const log = server.output()
    expect(log).not.toContain('王小梅')
    expect(log).not.toMatch(/1[3-9]\d{9}/)
  })
})
