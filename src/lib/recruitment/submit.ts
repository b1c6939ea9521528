import type { Payload } from 'payload'

import type { Locale } from '@/lib/content/paths'
import { controlFields, type FormValues, readFormValues } from './form'
import { idempotencyKey } from './idempotency'
import type { FormErrorCode } from './messages'
import { claimedChallengeId, verifyProofOfWork } from './proofOfWork'
import { recruitmentLimiters } from './rateLimit'
import { databasePool, findEarlier, knownCourtyardIds, StoreConflict, storeApplication } from './store'
import { type FieldErrors, validateApplication } from './validation'

export type SubmittedForm = { get: (name: string) => string | null; getAll: (name: string) => string[] }

export type SubmitOutcome =
  | { kind: 'stored'; reference: string; repeat: boolean }
  | { kind: 'invalid'; values: FormValues; errors: FieldErrors }
  | { kind: 'refused'; status: 400 | 403 | 409 | 429; formError: FormErrorCode; values: FormValues; retryAfterSeconds?: number }
  | { kind: 'notFound' }

type Call = { id: number; opensAt: string; closesAt: string }

async function findOpenCall(payload: Payload, slug: string): Promise<Call | 'closed' | undefined> {
  const { docs } = await payload.find({
    collection: 'recruitment-calls',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { opensAt: true, closesAt: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const call = docs[0] as Call | undefined
  if (!call) return undefined
  const now = Date.now()
  return now >= Date.parse(call.opensAt) && now <= Date.parse(call.closesAt) ? call : 'closed'
}

/**
 * A public submission, from the raw form to a stored application with its mails queued. Order
 * matters: a repeat is answered before the proof of work and the limits are checked, so a retried
 * request always gets its reference back.
 */
export async function submitApplication(args: { payload: Payload; locale: Locale; callSlug?: string; form: SubmittedForm; client: string }): Promise<SubmitOutcome> {
  const { payload, locale, form, client } = args
  const limiters = recruitmentLimiters(payload)
  const values = readFormValues(form.get, form.getAll)
  const refuse = (status: 400 | 403 | 409 | 429, formError: FormErrorCode, retryAfterSeconds?: number): SubmitOutcome => ({ kind: 'refused', status, formError, values, retryAfterSeconds })

  const attempt = await limiters.attempts.take(client)
  if (!attempt.allowed) return refuse(429, 'rateLimited', attempt.retryAfterSeconds)
  if (form.get(controlFields.honeypot)) return refuse(400, 'spam')

  let callId: number | undefined
  if (args.callSlug) {
    const call = await findOpenCall(payload, args.callSlug)
    if (!call) return { kind: 'notFound' }
    if (call === 'closed') return refuse(409, 'closed')
    callId = call.id
  }

  const pool = databasePool(payload)
  const chosen = /^\d{1,9}$/.test(values.courtyard.trim()) ? Number(values.courtyard.trim()) : undefined
  const validate = async (fresh = false) => validateApplication(values, locale, await knownCourtyardIds(pool, chosen, fresh))
  const result = await validate()
  if (!result.ok) return { kind: 'invalid', values, errors: result.errors }

  const key = idempotencyKey({ clientKey: form.get(controlFields.idempotencyKey), phone: result.data.phone, callId })
  const powField = form.get(controlFields.proofOfWork)
  const earlier = await findEarlier(pool, key, claimedChallengeId(powField))
  if (earlier?.repeat) return { kind: 'stored', reference: earlier.reference, repeat: true }

  const pow = await verifyProofOfWork(powField)
  if (pow.status === 'invalid') return refuse(403, 'proofOfWork')
  if (pow.status === 'verified' && earlier) return refuse(409, 'proofOfWorkReused')

  const limit = await (pow.status === 'verified' ? limiters.verified : limiters.unverified).take(client)
  if (!limit.allowed) return refuse(429, 'rateLimited', limit.retryAfterSeconds)

  const shown = Number(form.get(controlFields.noticeVersion))
  const application = {
    data: result.data,
    locale,
    callId,
    key,
    proofOfWorkId: pow.status === 'verified' ? pow.challengeId : undefined,
    shownNoticeVersion: Number.isInteger(shown) && shown >= 1 && shown <= 1_000_000 ? shown : undefined,
  }
  for (let tries = 0; ; tries++) {
    try {
      const stored = await storeApplication(pool, application)
      return { kind: 'stored', reference: stored.reference, repeat: false }
    } catch (error) {
      if (!(error instanceof StoreConflict) || tries >= 3) throw error
      // The same submission stored concurrently, a reused proof of work, a courtyard or call deleted meanwhile, or (rarely) a reference clash, retried.
      if (error.on === 'idempotencyKey' || error.on === 'proofOfWorkId') {
        const concurrent = await findEarlier(pool, key, application.proofOfWorkId)
        if (concurrent?.repeat) return { kind: 'stored', reference: concurrent.reference, repeat: true }
        if (concurrent) return refuse(409, 'proofOfWorkReused')
      }
      if (error.on === 'call') return { kind: 'notFound' }
      if (error.on === 'courtyard') {
        const again = await validate(true)
        if (!again.ok) return { kind: 'invalid', values, errors: again.errors }
      }
    }
  }
}
