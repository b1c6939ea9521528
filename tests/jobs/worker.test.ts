import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAIL_TASK } from '@/recruitment/jobs/sendApplicationMail'
import { getTestPayload } from '../helpers/payload'
import { startWorker, type Worker } from '../helpers/worker'
import { createFixtures, paperApplication } from '../recruitment/helpers/fixtures'
import { recipients, startSmtp, type TestSmtp } from '../recruitment/helpers/smtp'

const MAILS = 60

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('job worker (npm run worker)', () => {
  let smtp: TestSmtp
  const workers: Worker[] = []

  beforeAll(async () => {
    smtp = await startSmtp()
  })
  afterAll(async () => {
    for (const w of workers) if (w.process.exitCode === null) w.process.kill('SIGKILL')
    await smtp?.stop()
  })

  it('two workers on one queue at once: every mail is sent exactly once, and the standby takes over when the active one stops', async () => {
    const payload = await getTestPayload()
    const fixtures = await createFixtures(payload)
    const queue = `worker-test-${crypto.randomBytes(4).toString('hex')}`
    const addresses: string[] = []
    for (let i = 0; i < MAILS; i++) {
      const email = `worker-${queue}-${i}@example.com`
      addresses.push(email)
      const application = await payload.create({
        collection: 'applications',
        data: paperApplication({ email, courtyard: fixtures.courtyardId, call: fixtures.openCall.id }),
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: application.id, recipient: 'applicant' }, queue })
    }
    const env = {
      LINLI_JOBS_QUEUE: queue,
      LINLI_WORKER_INTERVAL_MS: '150',
      // Small batches, so the queue takes several runs and both workers are polling throughout.
      LINLI_WORKER_BATCH: '3',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
    }
    const ours = () => smtp.messages.flatMap(recipients).filter((to) => to.includes(queue))
    workers.push(startWorker(env), startWorker(env))
    await until(() => workers.some((w) => w.output().includes('running the queue')), 90_000, 'a worker to take the queue')
    await until(() => ours().length >= MAILS / 3, 90_000, 'the first third of the mails')
    const active = workers.filter((w) => w.output().includes('running the queue'))
    // Only one worker ever runs the queue while the other holds no lock.
    expect(active).toHaveLength(1)
    const standby = workers.find((w) => w !== active[0])!
    expect(standby.output()).toContain(`queue "${queue}"`)
    // A graceful stop (SIGTERM) finishes the current batch; the standby takes over the rest.
    active[0]!.process.kill('SIGTERM')
    expect(await active[0]!.exited).toBe(0)
    await until(() => ours().length >= MAILS, 90_000, `all ${MAILS} mails (have ${ours().length})`)
    expect(standby.output()).toContain('running the queue')
    // Both workers polled throughout; give a duplicate time to arrive before counting.
    await new Promise((r) => setTimeout(r, 1500))
    const counts = new Map<string, number>()
    for (const to of ours()) counts.set(to, (counts.get(to) ?? 0) + 1)
    expect([...counts.values()].filter((n) => n > 1)).toEqual([])
    expect([...counts.keys()].sort()).toEqual([...addresses].sort())
    const rows = await payload.find({ collection: 'payload-jobs', where: { queue: { equals: queue } }, limit: 0, pagination: false, overrideAccess: true })
    expect(rows.docs.filter((j) => j.taskSlug === MAIL_TASK && !j.completedAt)).toEqual([])
    // The worker also schedules the queue's recurring tasks (retention), each once however many workers run.
    const scheduled = rows.docs.filter((j) => j.taskSlug === 'anonymiseExpiredApplications' && !j.completedAt)
    expect(scheduled).toHaveLength(1)
    standby.process.kill('SIGTERM')
    expect(await standby.exited).toBe(0)
  }, 240_000)
})
