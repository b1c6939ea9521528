import { SMTPServer } from 'smtp-server'

import { runApplicationLoad } from '../helpers/application-load'
import { startReliabilityStack } from '../helpers/reliability-stack'
import { freePort } from '../helpers/site-server'
import type { ScenarioResult } from './scenarios'

const admin = { email: 'smtp-admin@test.linli.local', password: 'a-long-enough-password-2', name: '管理员', role: 'admin' }

/** A mail server that records every recipient it accepts. */
function startSmtp(port: number): Promise<{ received: string[]; stop: () => Promise<void> }> {
  const received: string[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined)
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) received.push(rcpt.address)
        callback()
      })
    },
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve({ received, stop: () => new Promise((r) => server.close(() => r())) }))
  })
}

/**
 * Applications arrive while the mail server is down; the queue's first tries fail; the mail server
 * comes back; the queue is run until empty. Every confirmation is delivered exactly once.
 */
export async function smtpFaultScenario(size: { total: number; concurrency: number; deadlineMs: number }): Promise<ScenarioResult> {
  const smtpPort = await freePort()
  const stack = await startReliabilityStack('smtp-fault', {
    LINLI_RUN_JOBS: 'off',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_SECURE: 'false',
    MAIL_RETRY_DELAY_MS: '200',
  })
  const problems: string[] = []
  let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined
  try {
    const site = stack.server().url
    const registered = await fetch(`${site}/api/users/first-register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    if (!registered.ok) throw new Error(`first-register: ${registered.status} ${await registered.text()}`)
    const login = await fetch(`${site}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
    const { token } = (await login.json()) as { token?: string }
    if (!token) throw new Error(`login: ${login.status}, no token`)
    const runQueue = () =>
      fetch(`${site}/api/payload-jobs/run?queue=reliability-smtp-fault&limit=500`, { headers: { authorization: `JWT ${token}` } }).then((r) => r.status)

    const report = await runApplicationLoad({ siteUrl: () => site, total: size.total, concurrency: size.concurrency, deadlineMs: size.deadlineMs })
    if (report.accepted !== size.total) problems.push(`${report.accepted} of ${size.total} applications accepted with the mail server down`)
    // The mail server is down: the first tries fail and are left for a retry.
    for (let i = 0; i < 2; i++) {
      const status = await runQueue()
      if (status !== 200) problems.push(`running the queue answered ${status}`)
      await new Promise((r) => setTimeout(r, 500))
    }
    smtp = await startSmtp(smtpPort)
    const deadline = Date.now() + 90_000
    let pending = Infinity
    while (Date.now() < deadline) {
      await runQueue()
      const rows = await stack.query<{ n: string }>(`select count(*) n from payload_jobs where task_slug = 'sendApplicationMail' and completed_at is null and coalesce(has_error, false) = false`)
      pending = Number(rows[0]?.n ?? 0)
      if (pending === 0) break
      await new Promise((r) => setTimeout(r, 300))
    }
    if (pending !== 0) problems.push(`${pending} mails still queued 90 s after the mail server came back`)
    const expected = [...report.submissions.filter((s) => report.acknowledged.has(s.key)).map((s) => `applicant${s.index}@example.com`)]
    const counts = new Map<string, number>()
    for (const to of smtp.received) counts.set(to, (counts.get(to) ?? 0) + 1)
    const missing = expected.filter((to) => !counts.has(to))
    const twice = [...counts.entries()].filter(([, n]) => n > 1)
    if (missing.length) problems.push(`${missing.length} confirmations never delivered`)
    if (twice.length) problems.push(`${twice.length} addresses got their confirmation more than once`)
    return { problems, data: { ...size, accepted: report.accepted, delivered: smtp.received.length, distinctRecipients: counts.size, missing: missing.length, duplicated: twice.length } }
  } finally {
    await smtp?.stop()
    await stack.stop()
  }
}
