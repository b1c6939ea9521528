import type { Payload } from 'payload'

import { AlreadyStored, type PublicFormDefinition, type SubmitOutcome as FormOutcome, type SubmittedForm } from '@/forms/definition'
import { submitPublicForm } from '@/forms/submit'
import { getPayloadClient } from '@/lib/content/payload'
import type { Locale } from '@/lib/content/paths'
import { type CallRules, findCallForSubmission } from './calls'
import { controlFields, type FormValues, readFormValues } from './form'
import { formErrorMessage, formTexts, type FormErrorCode } from './messages'
import { recruitmentPaths } from './paths'
import { databasePool, findEarlier, knownCourtyardIds, StoreConflict, storeApplication } from './store'
import { type ValidApplication, validateApplication } from './validation'

export type { SubmittedForm }

/** What an application form is for: the general form, or one call (by its slug). */
export type ApplicationTarget = { locale: Locale; slug?: string }
type Context = { payload: Payload; callId?: number; rules?: CallRules }

export type SubmitOutcome = FormOutcome<FormValues, 'closed'>

const chosenCourtyard = (values: FormValues) => (/^\d{1,9}$/.test(values.courtyard.trim()) ? Number(values.courtyard.trim()) : undefined)

/** The application form, as the shared public-form machinery (`src/forms`) runs it. */
export const applicationForm: PublicFormDefinition<FormValues, ValidApplication, ApplicationTarget, Context, 'closed'> = {
  name: 'recruitment',
  limits: {
    verified: { env: 'RATE_LIMIT_APPLICATIONS_PER_MINUTE', perMinute: 6 },
    unverified: { env: 'RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE', perMinute: 3 },
    attempts: { env: 'RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE', perMinute: 30 },
  },
  read: (form) => readFormValues(form.get, form.getAll),
  async resolve(target) {
    const payload = await getPayloadClient()
    if (!target.slug) return { context: { payload } }
    const call = await findCallForSubmission(payload, target.slug)
    if (!call) return undefined
    if (!call.isOpen) return { refuse: 'closed', status: 409 }
    return { context: { payload, callId: call.id, rules: { minimumAge: call.minimumAge, choices: call.choices } } }
  },
  async validate(values, locale, { payload, rules }, fresh) {
    return validateApplication(values, locale, await knownCourtyardIds(databasePool(payload), chosenCourtyard(values), fresh), rules)
  },
  identity: (data, { callId }) => ({ scope: callId ? `call:${callId}` : 'general', identity: { kind: 'phone', value: data.phone } }),
  findEarlier: async (key, proofOfWorkId) => findEarlier(databasePool(await getPayloadClient()), key, proofOfWorkId),
  async store({ data, context, locale, key, proofOfWorkId, form }) {
    const shown = Number(form.get(controlFields.noticeVersion))
    try {
      return await storeApplication(databasePool(context.payload), {
        data,
        locale,
        callId: context.callId,
        key,
        proofOfWorkId,
        shownNoticeVersion: Number.isInteger(shown) && shown >= 1 && shown <= 1_000_000 ? shown : undefined,
      })
    } catch (error) {
      if (!(error instanceof StoreConflict)) throw error
      if (error.on === 'call') return 'notFound'
      // A courtyard deleted meanwhile is found by validating again with fresh ids; a reference clash is simply retried.
      throw new AlreadyStored(error.on === 'idempotencyKey' || error.on === 'proofOfWorkId' ? error.on : 'retry')
    }
  },
  thanksPath: (locale, reference) => recruitmentPaths.thanks(locale, reference),
  formErrorMessage: (locale, code: FormErrorCode) => formErrorMessage(locale, code),
  formErrorLink: (locale, code) => (code === 'closed' ? { href: recruitmentPaths.openCalls(locale), text: formTexts[locale].openCalls } : undefined),
}

/** A public submission (the JSON endpoint's way in; the form page uses the server action in `actions.ts`). */
export function submitApplication(args: { locale: Locale; callSlug?: string; form: SubmittedForm; client: string }): Promise<SubmitOutcome> {
  return submitPublicForm(applicationForm, { locale: args.locale, target: { locale: args.locale, slug: args.callSlug }, form: args.form, client: args.client })
}
