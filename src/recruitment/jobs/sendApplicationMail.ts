import type { PayloadRequest, TaskConfig } from 'payload'

import type { Locale } from '@/lib/content/paths'
import { applicantMail, type Mail, senderName, staffMail } from '@/recruitment/emails'
import { readRecruitmentSettings } from '@/recruitment/settings'
import type { Application } from '@/payload-types'

export const MAIL_TASK = 'sendApplicationMail'
export type MailRecipient = 'applicant' | 'staff'

/**
 * Mail errors often quote the recipient (“550 <someone@…> rejected”): only the error codes are kept,
 * because the message ends up in the job log and the server log.
 */
function describeMailError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; command?: string }
  const parts = [e.code, e.responseCode, e.command].filter(Boolean).join(' ')
  return `Sending the mail failed${parts ? ` (${parts})` : ''}; it will be retried.`
}

type Composed = { to: string[]; mail: Mail; fromName: string; replyTo?: string }

async function compose(req: PayloadRequest, applicationId: number, recipient: MailRecipient): Promise<Composed | string> {
  const { payload } = req
  const application = (await payload
    .findByID({ collection: 'applications', id: applicationId, depth: 1, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)) as Application | null
  if (!application || application.anonymisedAt) return 'skipped: application no longer exists'
  const locale: Locale = recipient === 'applicant' && application.consent?.locale === 'en' ? 'en' : 'zh'
  const callId = typeof application.call === 'object' ? application.call?.id : application.call
  const call = callId ? await payload.findByID({ collection: 'recruitment-calls', id: callId, locale, depth: 0, overrideAccess: true, disableErrors: true, req }) : null
  const courtyard = typeof application.courtyard === 'number' ? await payload.findByID({ collection: 'courtyards', id: application.courtyard, locale, depth: 0, disableErrors: true, req }) : application.courtyard
  const site = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0, req })
  const context = { application: { ...application, courtyard: courtyard ?? null }, callTitle: call?.title, nextSteps: call?.nextSteps, site }
  // Replies go to the team (the mail says “reply to this email”), under the team's name.
  const sender = { fromName: senderName(site, locale), replyTo: site.contactEmail || undefined }
  if (recipient === 'applicant') {
    if (!application.email) return 'skipped: no email address'
    return { to: [application.email], mail: applicantMail(context, locale), ...sender }
  }
  const settings = await readRecruitmentSettings(payload)
  const to = settings.notificationEmails.length ? settings.notificationEmails : site.contactEmail ? [site.contactEmail] : []
  if (!to.length) return 'skipped: no staff addresses in the recruitment settings'
  const base = (payload.config.serverURL || process.env.SITE_URL || '').replace(/\/$/, '')
  return { to, mail: staffMail(context, `${base}/admin/collections/applications/${application.id}`), ...sender }
}

/**
 * One mail about one application, sent from the jobs queue. The job holds only the application's
 * id, so the queue never stores personal data, and a deleted application is never mailed about.
 */
export const sendApplicationMailTask: TaskConfig<{ input: { applicationId: number; recipient: MailRecipient }; output: { result: string } }> = {
  slug: MAIL_TASK,
  label: '发送报名邮件 / Send application mail',
  inputSchema: [
    { name: 'applicationId', type: 'number', required: true },
    { name: 'recipient', type: 'select', options: ['applicant', 'staff'], required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: {
    attempts: Number(process.env.MAIL_RETRY_ATTEMPTS ?? 10),
    // 1, 2, 4 … minutes: with the defaults, a mail keeps being retried for about 17 hours.
    backoff: { type: 'exponential', delay: Number(process.env.MAIL_RETRY_DELAY_MS ?? 60_000) },
  },
  handler: async ({ input, req }) => {
    const composed = await compose(req, input.applicationId, input.recipient)
    if (typeof composed === 'string') return { output: { result: composed } }
    try {
      const address = req.payload.email?.defaultFromAddress || process.env.MAIL_FROM_ADDRESS || 'no-reply@linli.local'
      await req.payload.sendEmail({
        from: { name: composed.fromName, address },
        ...(composed.replyTo ? { replyTo: composed.replyTo } : {}),
        to: composed.to,
        subject: composed.mail.subject,
        text: composed.mail.text,
      })
    } catch (error) {
      throw new Error(describeMailError(error))
    }
    return { output: { result: `sent to ${composed.to.length} recipient(s)` } }
  },
}
