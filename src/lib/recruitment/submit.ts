import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, ValidationError } from 'payload'

import { jobsQueue } from '@/jobs/queue'
import { MAIL_TASK } from '@/jobs/sendApplicationMail'
import type { Locale } from '@/lib/content/paths'
import type { Application } from '@/payload-types'
import { controlFields, type FormValues, readFormValues } from './form'
import { idempotencyKey } from './idempotency'
import type { FormErrorCode } from './messages'
import { verifyProofOfWork } from './proofOfWork'
import { recruitmentLimiters } from './rateLimit'
import { readCourtyards, readRecruitmentSettings } from './settings'
import { type FieldErrors, type ValidApplication, validateApplication } from './validation'

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

async function findReference(payload: Payload, field: 'idempotencyKey' | 'proofOfWorkId', value: string): Promise<string | undefined> {
  const { docs } = await payload.find({ collection: 'applications', where: { [field]: { equals: value } }, select: { reference: true }, limit: 1, depth: 0, overrideAccess: true })
  return (docs[0] as Pick<Application, 'reference'> | undefined)?.reference ?? undefined
}

/** The application and its mails are stored together or not at all: a mail is never queued for nothing, nor an application left without its mails. */
async function storeWithMails(payload: Payload, data: Omit<Application, 'id' | 'reference' | 'createdAt' | 'updatedAt' | 'submittedAt'> & { submittedAt: string }): Promise<Application> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  let doc: Application
  try {
    doc = (await payload.create({ collection: 'applications', data, depth: 0, overrideAccess: true, req })) as Application
    const queue = jobsQueue()
    if (doc.email) await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: doc.id, recipient: 'applicant' }, queue, req })
    await payload.jobs.queue({ task: MAIL_TASK, input: { applicationId: doc.id, recipient: 'staff' }, queue, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
  // Payload's commitTransaction swallows a failed COMMIT (e.g. the database went away at that moment):
  // confirm the row outside the transaction before anyone is told it is stored. Retrying is safe (idempotency key).
  const { totalDocs } = await payload.count({ collection: 'applications', where: { id: { equals: doc.id } }, overrideAccess: true })
  if (totalDocs !== 1) throw new Error('the application was not committed')
  return doc
}

function toRecord(data: ValidApplication, extra: { callId?: number; key: string; proofOfWorkId?: string; noticeVersion: number; locale: Locale }) {
  const now = new Date().toISOString()
  return {
    ...data,
    email: data.email ?? null,
    courtyard: data.courtyard ?? null,
    call: extra.callId ?? null,
    status: 'new' as const,
    source: 'online' as const,
    submittedAt: now,
    proofOfWork: extra.proofOfWorkId ? ('verified' as const) : ('unverified' as const),
    consent: { noticeVersion: extra.noticeVersion, agreedAt: now, locale: extra.locale },
    idempotencyKey: extra.key,
    proofOfWorkId: extra.proofOfWorkId ?? null,
  }
}

/**
 * A public submission, from the raw form to a stored application with its mails queued. Order
 * matters: a repeat is answered before the proof of work and the limits are checked, so a retried
 * request always gets its reference back.
 */
export async function submitApplication(args: { payload: Payload; locale: Locale; callSlug?: string; form: SubmittedForm; client: string }): Promise<SubmitOutcome> {
  const { payload, locale, form, client } = args
  const limiters = recruitmentLimiters()
  const values = readFormValues(form.get, form.getAll)
  const refuse = (status: 400 | 403 | 409 | 429, formError: FormErrorCode, retryAfterSeconds?: number): SubmitOutcome => ({ kind: 'refused', status, formError, values, retryAfterSeconds })

  const attempt = limiters.attempts.take(client)
  if (!attempt.allowed) return refuse(429, 'rateLimited', attempt.retryAfterSeconds)
  if (form.get(controlFields.honeypot)) return refuse(400, 'spam')

  let callId: number | undefined
  if (args.callSlug) {
    const call = await findOpenCall(payload, args.callSlug)
    if (!call) return { kind: 'notFound' }
    if (call === 'closed') return refuse(409, 'closed')
    callId = call.id
  }

  const courtyards = await readCourtyards(payload, locale)
  const result = validateApplication(values, locale, new Set(courtyards.map((c) => c.id)))
  if (!result.ok) return { kind: 'invalid', values, errors: result.errors }

  const key = idempotencyKey({ clientKey: form.get(controlFields.idempotencyKey), phone: result.data.phone, callId })
  const earlier = await findReference(payload, 'idempotencyKey', key)
  if (earlier) return { kind: 'stored', reference: earlier, repeat: true }

  const pow = await verifyProofOfWork(form.get(controlFields.proofOfWork))
  if (pow.status === 'invalid') return refuse(403, 'proofOfWork')
  if (pow.status === 'verified' && (await findReference(payload, 'proofOfWorkId', pow.challengeId))) return refuse(409, 'proofOfWorkReused')

  const limit = (pow.status === 'verified' ? limiters.verified : limiters.unverified).take(client)
  if (!limit.allowed) return refuse(429, 'rateLimited', limit.retryAfterSeconds)

  const settings = await readRecruitmentSettings(payload, locale)
  const shown = Number(form.get(controlFields.noticeVersion))
  const noticeVersion = Number.isInteger(shown) && shown >= 1 && shown <= settings.notice.version ? shown : settings.notice.version
  const data = toRecord(result.data, { callId, key, proofOfWorkId: pow.status === 'verified' ? pow.challengeId : undefined, noticeVersion, locale })

  for (let tries = 0; ; tries++) {
    try {
      const doc = await storeWithMails(payload, data)
      return { kind: 'stored', reference: doc.reference ?? '', repeat: false }
    } catch (error) {
      if (!(error instanceof ValidationError) || tries >= 3) throw error
      // A unique index refused it: the same submission stored concurrently, a reused proof of work, or (rarely) a reference clash, retried.
      const concurrent = await findReference(payload, 'idempotencyKey', key)
      if (concurrent) return { kind: 'stored', reference: concurrent, repeat: true }
      if (data.proofOfWorkId && (await findReference(payload, 'proofOfWorkId', data.proofOfWorkId))) return refuse(409, 'proofOfWorkReused')
    }
  }
}
