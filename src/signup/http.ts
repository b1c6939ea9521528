import { revalidateTag } from 'next/cache'

import { getPayloadClient } from '@/lib/content/payload'
import { documentPath, isLocale, type Locale } from '@/lib/content/paths'
import { documentTag } from '@/lib/content/tags'
import { clientAddress } from '@/lib/recruitment/clientAddress'
import { isDatabaseUnavailable } from '@/lib/recruitment/databaseUnavailable'
import { controlFields } from '@/lib/recruitment/form'
import { FORM_STATE_HEADER, type FormState, sealFormState } from '@/lib/recruitment/formState'
import { claimedChallengeId, verifyProofOfWork } from '@/lib/recruitment/proofOfWork'
import { recruitmentLimiters } from '@/lib/recruitment/rateLimit'
import { hmacHex } from '@/lib/recruitment/secrets'
import { readSignupSettings } from './globals/SignupSettings'
import { cancelSignup, changePartySize, signUp } from './commands'
import { databasePool } from './db'
import { readSignupValues, type SignupFieldErrors, type SignupValues, validateSignup } from './form'
import { textFor } from './messages'
import { signupPath } from './paths'

const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
const MAX_BODY = 16 * 1024

type Form = { get: (name: string) => string | null }
async function readForm(request: Request): Promise<Form> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY) throw new Error('too large')
  const text = await request.text()
  if (text.length > MAX_BODY) throw new Error('too large')
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    const data = await new Response(text, { headers: { 'content-type': type } }).formData()
    return { get: (n) => (typeof data.get(n) === 'string' ? (data.get(n) as string) : null) }
  }
  const params = new URLSearchParams(text)
  return { get: (n) => params.get(n) }
}

export type SignupFormState = { values: SignupValues; errors: SignupFieldErrors; formError?: string }

function internalOrigin(request: Request): string {
  if (process.env.LINLI_INTERNAL_URL) return process.env.LINLI_INTERNAL_URL.replace(/\/$/, '')
  return `http://127.0.0.1:${process.env.PORT || new URL(request.url).port || 3000}`
}

/**
 * A plain (JavaScript-off) submission that needs correcting is answered with the form page again,
 * showing the messages and what was typed, rendered by this server from a sealed short-lived header
 * (the recruitment form's mechanism, src/lib/recruitment/formState.ts): nothing typed is stored.
 */
async function formAgain(request: Request, locale: Locale, slug: string, status: number, state: SignupFormState): Promise<Response> {
  const sealed = sealFormState(state as unknown as FormState)
  try {
    const res = await fetch(`${internalOrigin(request)}${documentPath('activities', slug, locale)}/signup-form`, {
      headers: { [FORM_STATE_HEADER]: sealed, accept: 'text/html' },
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(15_000),
    })
    if (res.ok) return new Response(await res.text(), { status, headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE } })
  } catch {
    // fall through
  }
  const message = state.formError ?? Object.values(state.errors).join(' ')
  return new Response(`<!doctype html><meta charset="utf-8"><p role="alert">${message.replace(/[<>&]/g, '')}</p><p><a href="${documentPath('activities', slug, locale)}">←</a></p>`, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE },
  })
}

type Json = Record<string, unknown>
const answer = (wantsJson: boolean, status: number, json: Json, html: () => Promise<Response> | Response) =>
  wantsJson ? Response.json(json, { status, headers: { ...PRIVATE, 'cache-control': 'private, no-store, no-transform' } }) : html()

/**
 * POST /activities/[slug]/signup: the public sign-up. The same anti-spam as applications (honeypot,
 * proof of work when JavaScript solved one, per-address limits, stricter without it), idempotency
 * (a key per page load from the enhanced form; the same phone for the same activity otherwise),
 * then the command under the activity's lock. Success goes to the private confirmation page.
 */
export async function handleSignup(request: Request, params: { locale: string; slug: string }): Promise<Response> {
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  const slug = params.slug
  const t = textFor(locale)
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  const client = clientAddress(request.headers)
  let form: Form
  try {
    form = await readForm(request)
  } catch {
    return new Response('Payload too large', { status: 413, headers: PRIVATE })
  }
  const values = readSignupValues(form.get)
  const refuse = (status: number, formError: string) => answer(wantsJson, status, { formError }, () => formAgain(request, locale, slug, status, { values, errors: {}, formError }))
  const limiters = recruitmentLimiters()
  const attempt = limiters.attempts.take(client)
  if (!attempt.allowed) return refuse(429, t.errors.rateLimited)
  if (form.get(controlFields.honeypot)) return refuse(400, t.errors.spam)
  try {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'activities',
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      limit: 1,
      depth: 0,
      locale,
      overrideAccess: true,
    })
    const activity = docs[0]
    if (!activity?.signup?.enabled) return refuse(404, t.errors.notFound)
    const checked = validateSignup(values, locale, Math.max(1, activity.signup.maxParty ?? 2), (activity.signup.questions ?? []) as string[])
    if (!checked.ok) return answer(wantsJson, 422, { errors: checked.errors }, () => formAgain(request, locale, slug, 422, { values, errors: checked.errors }))
    const clientKey = form.get(controlFields.idempotencyKey)
    const key = clientKey && /^[A-Za-z0-9_-]{16,64}$/.test(clientKey) ? hmacHex('idempotency', `signup|${activity.id}|${clientKey}`) : null
    const powField = form.get(controlFields.proofOfWork)
    if (powField && !claimedChallengeId(powField)) return refuse(403, t.errors.proofOfWork)
    const pow = await verifyProofOfWork(powField)
    if (pow.status === 'invalid') return refuse(403, t.errors.proofOfWork)
    const limit = (pow.status === 'verified' ? limiters.verified : limiters.unverified).take(client)
    if (!limit.allowed) return refuse(429, t.errors.rateLimited)
    const outcome = await signUp(databasePool(payload), { activityId: activity.id, ...checked.data, locale, source: 'online', idempotencyKey: key })
    switch (outcome.kind) {
      case 'confirmed':
      case 'waitlisted': {
        // The page's "places left" is refreshed for the next visitor (its cache tag is expired, not re-rendered here).
        if (!outcome.repeat) {
          try {
            revalidateTag(documentTag('activities', slug), { expire: 0 })
          } catch {
            // outside a request scope (tests): the page refreshes on its own within minutes
          }
        }
        const location = `${signupPath(outcome.reference, outcome.token, locale)}?new=1`
        return answer(wantsJson, outcome.repeat ? 200 : 201, { status: outcome.kind, reference: outcome.reference, url: location }, () => new Response(null, { status: 303, headers: { location, ...PRIVATE } }))
      }
      case 'already':
        return answer(wantsJson, 409, { code: 'already', reference: outcome.reference, formError: t.already(outcome.reference) }, () =>
          formAgain(request, locale, slug, 409, { values, errors: {}, formError: t.already(outcome.reference) }),
        )
      case 'tooLarge':
        return answer(wantsJson, 422, { errors: { partySize: t.errors.party(outcome.maxParty) } }, () => formAgain(request, locale, slug, 422, { values, errors: { partySize: t.errors.party(outcome.maxParty) } }))
      case 'closed':
        return refuse(409, t.errors.closed)
      case 'notFound':
        return refuse(404, t.errors.notFound)
    }
  } catch (error) {
    console.error(`[signup] submission failed: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`)
    return refuse(isDatabaseUnavailable(error) ? 503 : 500, t.errors.server)
  }
}

/** POST /signup/[reference]/[token]/change and …/cancel: the private link's actions, answered with the page again. */
export async function handleOwnerAction(request: Request, params: { locale: string; reference: string; token: string }, action: 'change' | 'cancel'): Promise<Response> {
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  const owner = { reference: decodeURIComponent(params.reference), token: decodeURIComponent(params.token) }
  const form = await readForm(request).catch(() => ({ get: () => null }) as Form)
  const payload = await getPayloadClient()
  const settings = await readSignupSettings(payload)
  const pool = databasePool(payload)
  let note = ''
  if (action === 'cancel') {
    const outcome = await cancelSignup(pool, owner, { moveUpCutoffHours: settings.moveUpCutoffHours })
    if (outcome.kind === 'notFound') return new Response('Not found', { status: 404, headers: PRIVATE })
    note = 'cancelled'
  } else {
    const outcome = await changePartySize(pool, owner, Number(form.get('partySize')), { moveUpCutoffHours: settings.moveUpCutoffHours })
    if (outcome.kind === 'notFound') return new Response('Not found', { status: 404, headers: PRIVATE })
    note = outcome.kind === 'noRoom' ? `noRoom-${outcome.placesLeft}` : outcome.kind
  }
  return new Response(null, { status: 303, headers: { location: `${signupPath(owner.reference, owner.token, locale)}?done=${note}`, ...PRIVATE } })
}
