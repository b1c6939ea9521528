import fs from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { Transport, Transporter } from 'nodemailer'

type FolderSentInfo = { envelope: { from: string | false; to: string[] }; messageId: string; file?: string }

type Env = Record<string, string | undefined>

export type SmtpSettings = { host: string; port: number; secure: boolean; user?: string; pass?: string }

export function smtpSettingsFromEnv(env: Env = process.env): SmtpSettings | undefined {
  if (!env.SMTP_HOST) return undefined
  const port = Number(env.SMTP_PORT ?? 587)
  return {
    host: env.SMTP_HOST,
    port,
    secure: env.SMTP_SECURE ? env.SMTP_SECURE === 'true' : port === 465,
    user: env.SMTP_USER || undefined,
    pass: env.SMTP_PASS || undefined,
  }
}

export function mailFolder(env: Env = process.env): string {
  return path.resolve(env.MAIL_DIR ?? '.data/mail')
}

/**
 * Without SMTP settings, mail never leaves the machine: each message is written as an .eml
 * file to the mail folder and announced on the console.
 */
function folderTransport(folder: string): Transporter {
  const transport: Transport<FolderSentInfo> = {
    name: 'linli-folder',
    version: '1',
    send(mail, callback) {
      mail.message.build(async (error, message) => {
        if (error) return callback(error, { envelope: { from: false, to: [] }, messageId: '' })
        try {
          await fs.mkdir(folder, { recursive: true })
          const messageId = mail.message.messageId()
          const file = path.join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 16)}.eml`)
          await fs.writeFile(file, message, { mode: 0o600 })
          const envelope = mail.message.getEnvelope()
          console.info(`[mail] to ${envelope.to.length} recipient(s), subject “${String(mail.data.subject ?? '')}” written to ${file}`)
          callback(null, { envelope, messageId, file })
        } catch (writeError) {
          callback(writeError as Error, { envelope: { from: false, to: [] }, messageId: '' })
        }
      })
    },
  }
  return nodemailer.createTransport(transport)
}

export function createMailTransport(env: Env = process.env): Transporter {
  const smtp = smtpSettingsFromEnv(env)
  if (!smtp) return folderTransport(mailFolder(env))
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.pass } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    tls: env.SMTP_ALLOW_SELF_SIGNED === 'true' ? { rejectUnauthorized: false } : undefined,
  })
}
