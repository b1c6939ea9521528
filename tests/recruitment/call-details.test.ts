import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import type { SiteServer } from '../helpers/site-server'
import { findCallForForm, findCallForSubmission } from '@/recruitment/calls'
import { emptyValues, type FormValues } from '@/recruitment/form'
import { MAIL_TASK } from '@/recruitment/jobs/sendApplicationMail'
import { ageOptionsFor } from '@/recruitment/options'
import { referenceFor, statusChange, storedPhone } from '@/recruitment/rules'
import { databasePool, storeApplication } from '@/recruitment/store'
import { validateApplication } from '@/recruitment/validation'
import { clientKey, createFixtures, type Fixtures, paperApplication, post, solveProofOfWork, startRecruitmentServer, validForm } from './helpers/fixtures'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Issue 14, points 10-14: what a call says about itself reaches the applicant (its choices, minimum
 * age and next steps), replies reach the team, and the thanks page is a page of the site that only
 * exists for real references.
 */

const DAY = 24 * 60 * 60 * 1000
const tag = crypto.randomBytes(3).toString('hex')
const queue = `call-details-${tag}`
const TEAM = `测试志愿服务队${tag}`
const CONTACT = `team-${tag}@test.linli.local`
const STEPS_ZH = ['12月14日（周六）上午9点培训，地点：社区活动室', '报名截止：12月10日']

let payload: Payload
let fx: Fixtures
let smtp: TestSmtp
let server: SiteServer
let call: { id: number; slug: string; choices: { id: string; label: string }[] }
let previousSite: { teamName?: string | null; contactEmail?: string | null }
let applicant: { id: number; reference: string; email: string }

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
  const created = await payload.create({
    collection: 'recruitment-calls',
    data: {
      title: `冬季活动招募 ${tag}`,
      slug: `test-winter-${tag}`,
      role: '活动帮手',
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      minimumAge: 16,
      choices: [{ label: '冬至家宴' }, { label: '邻里节' }],
      nextSteps: STEPS_ZH.join('\n'),
      _status: 'published',
    },
    locale: 'zh',
    context: { disableRevalidate: true },
  })
  await payload.update({
    collection: 'recruitment-calls',
    id: created.id,
    data: { title: `Winter call ${tag}`, role: 'Helper', choices: created.choices!.map((c) => ({ id: c.id, label: c.label === '冬至家宴' ? 'Winter solstice dinner' : 'Neighbours’ festival' })), nextSteps: 'Training: Saturday 14 December, 9 am' },
    locale: 'en',
    context: { disableRevalidate: true },
  })
  call = { id: created.id, slug: created.slug as string, choices: created.choices!.map((c) => ({ id: c.id!, label: c.label })) }

  const site = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0 })
  previousSite = { teamName: site.teamName, contactEmail: site.contactEmail }
  await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { teamName: TEAM, contactEmail: CONTACT }, context: { disableRevalidate: true } })

  const email = `winter-${tag}@test.linli.local`
  const app = await payload.create({ collection: 'applications', data: { ...paperApplication({ name: '钱小红', email, call: call.id, choice: '邻里节' }) }, overrideAccess: true })
  applicant = { id: app.id, reference: app.reference as string, email }
  await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: app.id, recipient: 'applicant' }, queue })
  await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: app.id, recipient: 'staff' }, queue })

  smtp = await startSmtp()
  server = await startRecruitmentServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_SECURE: 'false', MAIL_FROM_ADDRESS: 'no-reply@test.linli.local', LINLI_JOBS_QUEUE: queue })
})

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
  if (previousSite) await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: previousSite, context: { disableRevalidate: true } })
})

const valid = (overrides: Partial<FormValues> = {}): FormValues => ({
  ...emptyValues,
  name: '钱小红',
  phone: '13800138000',
  courtyard: String(fx.courtyardId),
  ageRange: '18-35',
  availability: ['weekends'],
  consent: true,
  ...overrides,
})

describe('one set of rules for every stored application', () => {
  it('the hooks and the fast store take reference, phone and first status from the same functions', async () => {
    expect(referenceFor('LL-ACDEFG')).toBe('LL-ACDEFG')
    expect(referenceFor()).toMatch(/^LL-[34679ACDEFGHJKMNPQRTUVWXY]{6}$/)
    expect(storedPhone('+86 138-0013-8000')).toBe('13800138000')
    expect(storedPhone(' 010 1234 ')).toBe('010 1234')
    expect(statusChange({ operation: 'update', previous: 'new', next: 'new', changedBy: 1 })).toBeUndefined()
    expect(statusChange({ operation: 'create', changedBy: null, now: '2026-12-02T00:00:00.000Z' })).toEqual({
      status: 'new',
      statusChangedAt: '2026-12-02T00:00:00.000Z',
      entry: { status: 'new', changedAt: '2026-12-02T00:00:00.000Z', changedBy: null },
    })
    // A paper application through Payload: the hooks applied the rules.
    const paper = await payload.create({ collection: 'applications', data: paperApplication({ phone: '139-0000-1234' }), overrideAccess: true })
    expect(paper.phone).toBe('13900001234')
    expect(paper.statusHistory).toHaveLength(1)
    expect(paper.statusHistory![0]).toMatchObject({ status: 'new' })
  })
})

describe('a call with choices and a minimum age (points 11 and 13)', () => {
  it('the form is given only the age ranges the call accepts, and its choices in the visitor’s language', async () => {
    const forForm = await findCallForForm(payload, call.slug, 'zh')
    expect(forForm).toMatchObject({ minimumAge: 16, isOpen: true })
    expect(forForm!.choices.map((c) => c.label)).toEqual(['冬至家宴', '邻里节'])
    const en = await findCallForForm(payload, call.slug, 'en')
    expect(en!.choices.map((c) => c.label)).toEqual(['Winter solstice dinner', 'Neighbours’ festival'])
    expect(en!.choices.map((c) => c.id)).toEqual(forForm!.choices.map((c) => c.id))

    expect(ageOptionsFor(16).map((a) => a.value)).toEqual(['16-17', '18-35', '36-59', '60-69', '70-plus'])
    expect(ageOptionsFor(18).map((a) => a.value)).toEqual(['18-35', '36-59', '60-69', '70-plus'])
    expect(ageOptionsFor(14).map((a) => a.value)).toEqual(['under-14', '14-15', '16-17', '18-35', '36-59', '60-69', '70-plus'])
    const general = await findCallForForm(payload, fx.openCall.slug, 'zh')
    expect(general).toMatchObject({ minimumAge: 14, choices: [] })
  })

  it('refuses an age below the minimum and a missing or unknown choice, in the visitor’s language', async () => {
    const rules = (await findCallForSubmission(payload, call.slug))!
    const ids = new Set([fx.courtyardId])
    const young = validateApplication(valid({ ageRange: '14-15', choice: call.choices[0].id }), 'zh', ids, rules)
    expect(young).toEqual({ ok: false, errors: { ageRange: expect.stringContaining('年满16岁') } })
    const none = validateApplication(valid(), 'en', ids, rules)
    expect(none).toEqual({ ok: false, errors: { choice: 'Please choose the one you would like to sign up for.' } })
    const unknown = validateApplication(valid({ choice: 'no-such-choice' }), 'zh', ids, rules)
    expect(unknown.ok ? {} : unknown.errors).toHaveProperty('choice')
    // The general form (no call) takes 14-15 and has no choice.
    expect(validateApplication(valid({ ageRange: '14-15' }), 'zh', ids).ok).toBe(true)
  })

  it('stores which choice was made, by its Chinese name, through the fast store', async () => {
    const rules = (await findCallForSubmission(payload, call.slug))!
    const result = validateApplication(valid({ ageRange: '16-17', choice: call.choices[1].id, phone: '13800138001' }), 'en', new Set([fx.courtyardId]), rules)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.choice).toBe('邻里节')
    const stored = await storeApplication(databasePool(payload), { data: result.data, locale: 'en', callId: call.id, key: crypto.randomBytes(16).toString('hex') })
    const app = await payload.findByID({ collection: 'applications', id: stored.id, depth: 0, overrideAccess: true })
    expect(app).toMatchObject({ choice: '邻里节', ageRange: '16-17', call: call.id, status: 'new', phone: '13800138001' })
    expect(app.statusHistory).toHaveLength(1)
    await payload.delete({ collection: 'applications', id: stored.id, overrideAccess: true })
  })
})

describe('the public form for such a call (points 11 and 13, end to end)', () => {
  it('asks for a choice and an accepted age, and stores the choice', async () => {
    const path = `/join/${call.slug}/apply`
    const missing = await post(server.url, path, validForm(fx, { idempotencyKey: clientKey(), altcha: await solveProofOfWork(server.url), ageRange: '14-15' }), 'json')
    expect(missing.status).toBe(422)
    expect(Object.keys((missing.json() as { errors: Record<string, string> }).errors).sort()).toEqual(['ageRange', 'choice'])

    const ok = await post(server.url, path, validForm(fx, { idempotencyKey: clientKey(), altcha: await solveProofOfWork(server.url), ageRange: '16-17', choice: call.choices[0].id }), 'json')
    expect(ok.status).toBe(201)
    const { reference } = ok.json() as { reference: string }
    const stored = (await payload.find({ collection: 'applications', where: { reference: { equals: reference } }, depth: 0, overrideAccess: true })).docs[0]
    expect(stored).toMatchObject({ choice: '冬至家宴', ageRange: '16-17', call: call.id })
  })

  it('the call page offers the choices and only the accepted age ranges', async () => {
    const html = await (await fetch(`${server.url}/join/${call.slug}`)).text()
    expect(html).toContain('冬至家宴')
    expect(html).toContain('邻里节')
    expect(html).toContain('value="16-17"')
    expect(html).not.toContain('value="14-15"')
    expect(html).not.toContain('value="under-14"')
  })
})

describe('mail from the team, with the call’s next steps (points 10 and 12)', () => {
  it('the confirmation comes under the team’s name, replies go to the site’s contact address, and it lists the call’s next steps', async () => {
    const mail = await smtp.waitFor((m) => [m.to ?? []].flat().some((a) => a.value.some((v) => v.address === applicant.email)))
    expect(mail.from?.value[0]).toMatchObject({ name: TEAM, address: 'no-reply@test.linli.local' })
    expect(mail.replyTo?.value.map((v) => v.address)).toEqual([CONTACT])
    expect(mail.text).toContain('随时回复这封邮件')
    for (const line of STEPS_ZH) expect(mail.text).toContain(line)
    expect(mail.text).toContain('（邻里节）')
  })

  it('the social workers’ notice shows the choice, and replies also go to the team', async () => {
    const mail = await smtp.waitFor((m) => (m.subject ?? '').includes(applicant.reference) && (m.subject ?? '').startsWith('新报名'))
    expect(mail.text).toContain('报名项目：邻里节')
    expect(mail.from?.value[0]?.name).toBe(TEAM)
    expect(mail.replyTo?.value.map((v) => v.address)).toEqual([CONTACT])
  })
})

describe('the thanks page (points 12 and 14)', () => {
  it('sits in the site’s shell and shows the call’s next steps, in each language', async () => {
    const res = await fetch(`${server.url}/join/thanks/${applicant.reference}`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain(applicant.reference)
    expect(html).toMatch(/<header[\s>]/)
    expect(html).toMatch(/<footer[\s>]/)
    expect(html).toContain('id="main"')
    for (const line of STEPS_ZH) expect(html).toContain(line)
    expect(html).not.toContain('钱小红')
    const en = await (await fetch(`${server.url}/en/join/thanks/${applicant.reference}`)).text()
    expect(en).toContain('Training: Saturday 14 December, 9 am')
    expect(en).toContain('Application received')
  })

  it('a made-up reference is a 404, not “application received”', async () => {
    const made = 'LL-XXXXXX'
    expect((await payload.find({ collection: 'applications', where: { reference: { equals: made } }, overrideAccess: true })).totalDocs).toBe(0)
    const res = await fetch(`${server.url}/join/thanks/${made}`)
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('报名已收到')
    expect((await fetch(`${server.url}/join/thanks/not-a-reference`)).status).toBe(404)
  })
})
