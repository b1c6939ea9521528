import fs from 'node:fs'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createMailTransport } from '@/lib/email/transport'
import { getTestPayload } from '../helpers/payload'
import { freePort } from '../helpers/site-server'

describe('email without SMTP settings', () => {
  it('writes each message to the mail folder instead of sending it', async () => {
    const payload = await getTestPayload()
    const subject = `测试邮件 ${Date.now()}`
    await payload.sendEmail({ to: 'someone@example.org', subject, text: '您好，这是一封测试邮件。' })
    const folder = process.env.MAIL_DIR!
    const files = fs.readdirSync(folder).filter((f) => f.endsWith('.eml'))
    const parsed = await Promise.all(files.map(async (f) => simpleParser(fs.readFileSync(path.join(folder, f)))))
    const mail = parsed.find((m) => m.subject === subject)
    expect(mail?.text?.trim()).toBe('您好，这是一封测试邮件。')
    expect(fs.statSync(path.join(folder, files[parsed.indexOf(mail!)])).mode & 0o077).toBe(0)
  })
})

describe('email with SMTP settings', () => {
  const received: { subject?: string; to: string[] }[] = []
  let server: SMTPServer
  let port: number

  beforeAll(async () => {
    port = await freePort()
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          received.push({ subject: mail.subject, to: session.envelope.rcptTo.map((r) => r.address) })
          callback()
        }, callback)
      },
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('sends through the configured SMTP server', async () => {
    const transport = createMailTransport({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_SECURE: 'false' })
    await transport.sendMail({ from: 'no-reply@linli.local', to: 'worker@example.org', subject: '新的报名', text: '请查看' })
    expect(received).toContainEqual({ subject: '新的报名', to: ['worker@example.org'] })
  })
})
