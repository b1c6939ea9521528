import { getPayloadClient } from '@/lib/content/payload'
import type { Locale } from '@/lib/content/paths'
import { AlreadyStored, formControls, type PublicFormDefinition, type SubmitOutcome, type SubmittedForm } from './definition'
import { idempotencyKey } from './idempotency'
import { claimedChallengeId, verifyProofOfWork } from './proofOfWork'
import { formLimiters } from './rateLimit'

/**
 * A public submission, from the raw form to a stored record with its mails queued, for any
 * capability's form. Order matters: a repeat is answered before the proof of work and the limits
 * are checked, so a retried request always gets its reference back.
 */
export async function submitPublicForm<Values, Data, Target, Context, Code extends string>(
  definition: PublicFormDefinition<Values, Data, Target, Context, Code>,
  args: { locale: Locale; target: Target; form: SubmittedForm; client: string },
): Promise<SubmitOutcome<Values, Code>> {
  const { locale, form, client } = args
  const limiters = formLimiters(await getPayloadClient(), definition.name, definition.limits)
  const values = definition.read(form)
  type Outcome = SubmitOutcome<Values, Code>
  const refuse = (status: Extract<Outcome, { kind: 'refused' }>['status'], formError: Extract<Outcome, { kind: 'refused' }>['formError'], retryAfterSeconds?: number): Outcome => ({
    kind: 'refused',
    status,
    formError,
    values,
    retryAfterSeconds,
  })

  const attempt = await limiters.attempts.take(client)
  if (!attempt.allowed) return refuse(429, 'rateLimited', attempt.retryAfterSeconds)
  if (form.get(formControls.honeypot)) return refuse(400, 'spam')

  const resolved = await definition.resolve(args.target, locale)
  if (!resolved) return { kind: 'notFound' }
  if ('refuse' in resolved) return refuse(resolved.status, resolved.refuse)
  const { context } = resolved

  const result = await definition.validate(values, locale, context, false)
  if (!result.ok) return { kind: 'invalid', values, errors: result.errors }

  const key = idempotencyKey({ clientKey: form.get(formControls.idempotencyKey), ...definition.identity(result.data, context) })
  const powField = form.get(formControls.proofOfWork)
  const earlier = await definition.findEarlier(key, claimedChallengeId(powField))
  if (earlier?.repeat) return { kind: 'stored', reference: earlier.reference, token: earlier.token, repeat: true }

  const pow = await verifyProofOfWork(powField)
  if (pow.status === 'invalid') return refuse(403, 'proofOfWork')
  if (pow.status === 'verified' && earlier) return refuse(409, 'proofOfWorkReused')

  const limit = await (pow.status === 'verified' ? limiters.verified : limiters.unverified).take(client)
  if (!limit.allowed) return refuse(429, 'rateLimited', limit.retryAfterSeconds)

  const proofOfWorkId = pow.status === 'verified' ? pow.challengeId : undefined
  let data = result.data
  for (let tries = 0; ; tries++) {
    try {
      const stored = await definition.store({ data, context, locale, key, proofOfWorkId, form, values })
      if (stored === 'notFound') return { kind: 'notFound' }
      if ('invalid' in stored) return { kind: 'invalid', values, errors: stored.invalid }
      if ('refuse' in stored) return refuse(stored.status, stored.refuse)
      return { kind: 'stored', reference: stored.reference, token: stored.token, repeat: false }
    } catch (error) {
      if (!(error instanceof AlreadyStored) || tries >= 3) throw error
      // The same submission stored concurrently, or a reused proof of work; anything else is retried.
      if (error.on !== 'retry') {
        const concurrent = await definition.findEarlier(key, proofOfWorkId)
        if (concurrent?.repeat) return { kind: 'stored', reference: concurrent.reference, token: concurrent.token, repeat: true }
        if (concurrent) return refuse(409, 'proofOfWorkReused')
      }
      const again = await definition.validate(values, locale, context, true)
      if (!again.ok) return { kind: 'invalid', values, errors: again.errors }
      data = again.data
    }
  }
}

/** A FormData (server action) read as a submitted form; files are read as empty text. */
export function fromFormData(data: FormData): SubmittedForm {
  const text = (v: FormDataEntryValue) => (typeof v === 'string' ? v : '')
  return { get: (n) => (data.has(n) ? text(data.get(n)!) : null), getAll: (n) => data.getAll(n).map(text) }
}
