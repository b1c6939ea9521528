import type { TaskConfig } from 'payload'

import type { Locale } from '@/lib/content/paths'
import { SIGNUP_MAIL_TASK, type SignupMailKind } from '../commands'
import { databasePool } from '../db'
import { signupMail } from '../emails'
import { signupUrl } from '../paths'

const kinds: SignupMailKind[] = ['confirmed', 'waitlisted', 'movedUp', 'partyChanged', 'cancelled', 'reminder', 'activityMoved', 'activityCancelled']

function describeMailError(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; command?: string }
  const parts = [e.code, e.responseCode, e.command].filter(Boolean).join(' ')
  return `Sending the mail failed${parts ? ` (${parts})` : ''}; it will be retried.`
}

/**
 * One mail to one resident about one sign-up, from the jobs queue (the same queue, retries and
 * error handling as application mails). It is composed when it is sent, from the sign-up and the
 * activity as they are then: a reminder for a sign-up cancelled meanwhile is not sent.
 */
export const sendSignupMailTask: TaskConfig<{ input: { signupId: number; kind: SignupMailKind }; output: { result: string } }> = {
  slug: SIGNUP_MAIL_TASK,
  label: '发送活动报名邮件 / Send sign-up mail',
  inputSchema: [
    { name: 'signupId', type: 'number', required: true },
    { name: 'kind', type: 'select', options: kinds, required: true },
  ],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: {
    attempts: Number(process.env.MAIL_RETRY_ATTEMPTS ?? 10),
    backoff: { type: 'exponential', delay: Number(process.env.MAIL_RETRY_DELAY_MS ?? 60_000) },
  },
  handler: async ({ input, req }) => {
    const { payload } = req
    const { rows } = await databasePool(payload).query(
      'select s.reference, s.token, s.name, s.email, s.party_size::int as party, s.status, s.locale, s.anonymised_at, s.activity_id from signups s where s.id = $1',
      [input.signupId],
    )
    const s = rows[0]
    if (!s || s.anonymised_at) return { output: { result: 'skipped: sign-up no longer exists' } }
    if (!s.email) return { output: { result: 'skipped: no email address' } }
    if (input.kind === 'reminder' && s.status !== 'confirmed') return { output: { result: 'skipped: no longer confirmed' } }
    const locale: Locale = s.locale === 'en' ? 'en' : 'zh'
    const activity = await payload.findByID({ collection: 'activities', id: s.activity_id, locale, fallbackLocale: 'zh', depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!activity) return { output: { result: 'skipped: activity no longer exists' } }
    if (input.kind === 'reminder' && activity.signup?.cancelled) return { output: { result: 'skipped: activity cancelled' } }
    const site = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'zh', depth: 0, req })
    const mail = signupMail(
      {
        kind: input.kind,
        name: s.name,
        reference: s.reference,
        partySize: s.party,
        link: signupUrl(s.reference, s.token, locale),
        activity: { title: activity.title, startsAt: activity.startsAt, endsAt: activity.endsAt, place: activity.place || site.address || '' },
        team: site.teamName ?? '',
        phone: activity.contact || site.contactPhone,
      },
      locale,
    )
    try {
      await payload.sendEmail({ to: s.email, subject: mail.subject, text: mail.text })
    } catch (error) {
      throw new Error(describeMailError(error))
    }
    return { output: { result: 'sent' } }
  },
}
