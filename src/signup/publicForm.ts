import { formControls, type PublicFormDefinition } from '@/forms/definition'
import { formErrorTexts, type FormErrorCode } from '@/forms/messages'
import { getPayloadClient } from '@/lib/content/payload'
import type { Locale } from '@/lib/content/paths'
import { openActivityBySlug, signUp, signupDeadline } from './commands'
import { databasePool } from './db'
import { readSignupValues, type SignupValues, type ValidSignup, validateSignup } from './form'
import { textFor } from './messages'
import { signupPath } from './paths'
import { refreshActivityPage } from './refreshActivityPage'

/** What the form is for: an activity, by its slug (bound into the server action by the page). */
export type SignupTarget = { locale: Locale; slug: string }
type SignupContext = { activityId: number; slug: string; maxParty: number; questions: string[] }
type SignupCode = 'closed'

/**
 * The public sign-up form of an activity on the shared public-form machinery (`src/forms`): limits,
 * honeypot, proof of work, idempotency and the thanks redirect are the shared ones; the fields and
 * their messages are `form.ts`'s, and storing is the `signUp` command under the activity's row lock.
 */
export const signupForm: PublicFormDefinition<SignupValues, ValidSignup, SignupTarget, SignupContext, SignupCode> = {
  name: 'signup',
  limits: {
    attempts: { env: 'RATE_LIMIT_SIGNUP_ATTEMPTS_PER_MINUTE', perMinute: 30 },
    verified: { env: 'RATE_LIMIT_SIGNUPS_PER_MINUTE', perMinute: 6 },
    unverified: { env: 'RATE_LIMIT_UNVERIFIED_SIGNUPS_PER_MINUTE', perMinute: 3 },
  },
  read: (form) => readSignupValues(form.get),
  async resolve({ slug }) {
    const activity = await openActivityBySlug(databasePool(await getPayloadClient()), slug)
    if (!activity?.enabled) return undefined
    if (activity.cancelled || Date.now() > signupDeadline(activity).getTime()) return { refuse: 'closed', status: 409 }
    return { context: { activityId: activity.id, slug, maxParty: activity.maxParty, questions: activity.questions } }
  },
  validate: (values, locale, context) => validateSignup(values, locale, context.maxParty, context.questions),
  identity: (data, context) => ({ scope: `activity:${context.activityId}`, identity: { kind: 'phone', value: data.phone } }),
  async findEarlier(key) {
    const { rows } = await databasePool(await getPayloadClient()).query('select reference, token from signups where idempotency_key = $1', [key])
    return rows[0] ? { reference: rows[0].reference, token: rows[0].token, repeat: true } : undefined
  },
  async store({ data, context, locale, key, form }) {
    const t = textFor(locale)
    // Only a key the page's script sent is stored: without JavaScript the key comes from the phone
    // number, and answering a repeat with the private confirmation link would hand it to anyone who
    // knows the number. Such a repeat is told it is already signed up instead (the phone check below).
    const clientKey = form.get(formControls.idempotencyKey)
    const outcome = await signUp(databasePool(await getPayloadClient()), { activityId: context.activityId, ...data, locale, source: 'online', idempotencyKey: clientKey ? key : null })
    switch (outcome.kind) {
      case 'confirmed':
      case 'waitlisted':
        if (!outcome.repeat) await refreshActivityPage(databasePool(await getPayloadClient()), { slug: context.slug })
        return { reference: outcome.reference, token: outcome.token }
      case 'already':
        return { invalid: { phone: t.already(outcome.reference) } }
      case 'tooLarge':
        return { invalid: { partySize: t.errors.party(outcome.maxParty) } }
      case 'closed':
        return { refuse: 'closed', status: 409 }
      case 'notFound':
        return 'notFound'
    }
  },
  thanksPath: (locale, reference, _target, token) => `${signupPath(reference, token ?? '', locale)}?new=1`,
  formErrorMessage(locale, code: FormErrorCode | SignupCode) {
    const e = textFor(locale).errors
    switch (code) {
      case 'closed':
      case 'notFound':
      case 'spam':
      case 'rateLimited':
      case 'proofOfWork':
      case 'server':
        return e[code]
      default:
        return formErrorTexts[locale][code]
    }
  },
}
