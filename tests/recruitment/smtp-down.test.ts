import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { freePort, type SiteServer } from '../helpers/site-server'
import { MAIL_TASK } from '@/recruitment/jobs/sendApplicationMail'
import { clientKey, createFixtures, type Fixtures, paperApplication, post, solveProofOfWork, startRecruitmentServer, validForm } from './helpers/fixtures'
import { recipients, startSmtp, type TestSmtp } from './helpers/smtp'

let payload: Payload
let server: SiteServer
let fx: Fixtures
let smtpPort: number
let smtp: TestSmtp | undefined
let queuedBeforeStart: number
const queue = `smtp-down-${Date.now()}`

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
  smtpPort = await freePort()
  const app = await payload.create({ collection: 'applications', data: paperApplication({ name: '早排队' }), overrideAccess: true })
  queuedBeforeStart = (await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: app.id, recipient: 'staff' }, queue })).id as number
  server = await startRecruitmentServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), SMTP_SECURE: 'false', LINLI_JOBS_QUEUE: queue })
})

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('mail that is never lost', () => {
  it('the job runner starts with the server, before any request reaches Payload', async () => {
    const deadline = Date.now() + 30_000
    let tried = 0
    while (Date.now() < deadline && !tried) {
      const job = await payload.findByID({ collection: 'payload-jobs', id: queuedBeforeStart, overrideAccess: true, disableErrors: true })
      tried = job?.totalTried ?? 0
      if (!tried) await new Promise((r) => setTimeout(r, 500))
    }
    expect(tried).toBeGreaterThan(0)
  })

  it('with the mail server down, the application is stored, the applicant sees the confirmation, and the mail goes out once it is back', async () => {
    const email = `later-${Date.now()}@test.linli.local`
    const res = await post(server.url, `/join/${fx.openCall.slug}/apply`, validForm(fx, { email, idempotencyKey: clientKey(), altcha: await solveProofOfWork(server.url) }), 'json')
    expect(res.status).toBe(201)
    const { reference } = res.json() as { reference: string }
    const app = (await payload.find({ collection: 'applications', where: { reference: { equals: reference } } })).docs[0]
    expect(app).toBeTruthy()

    // The runner tries, fails, and records why (without the address) for admins to see.
    const deadline = Date.now() + 45_000
    let failed: { totalTried?: number | null; log?: { state: string; error?: unknown }[] | null } | undefined
    while (Date.now() < deadline) {
      const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.applicationId': { equals: app.id } }, overrideAccess: true })
      failed = docs.find((j) => (j.totalTried ?? 0) > 0 && j.log?.some((l) => l.state === 'failed'))
      if (failed) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(failed, 'a failed attempt is recorded on the job').toBeTruthy()
    const error = JSON.stringify(failed!.log!.find((l) => l.state === 'failed')!.error)
    expect(error).toContain('Sending the mail failed')
    expect(error).not.toContain(email)
    expect(server.output()).not.toContain(email)

    smtp = await startSmtp(smtpPort)
    const mail = await smtp.waitFor((m) => recipients(m).includes(email), 60_000)
    expect(mail.subject).toContain(reference)
    await smtp.waitFor((m) => recipients(m).includes(fx.staffEmails[0]) && (m.subject ?? '').includes(reference), 30_000)
  }, 150_000)
})
