import { getPayloadClient } from '@/lib/content/payload'
import { isLocale, type Locale } from '@/lib/content/paths'
import { clientAddress } from './clientAddress'
import { isDatabaseUnavailable } from './databaseUnavailable'
import { FORM_STATE_HEADER, type FormState, sealFormState } from './formState'
import { emptyValues } from './form'
import { formErrorMessage } from './messages'
import { recruitmentPaths } from './paths'
import { type SubmitOutcome, type SubmittedForm, submitApplication } from './submit'

const MAX_BODY_BYTES = 64 * 1024
const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
/** JSON answers are a few dozen bytes: `no-transform` keeps Next.js from setting up a gzip stream for each (measured: 6% of the server's CPU under load). */
const PRIVATE_JSON = { ...PRIVATE, 'cache-control': 'private, no-store, no-transform' }

class BodyTooLarge extends Error {}
/** A body that is not the form encoding it claims to be (e.g. a cut-off multipart body). */
class MalformedBody extends Error {}

async function readBody(request: Request): Promise<Buffer> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of (request.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks)
}

/** Plain forms send urlencoded data, the enhanced form too; multipart is accepted for other clients. */
async function parseForm(request: Request): Promise<SubmittedForm> {
  const body = await readBody(request)
  const type = request.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data')) {
    const data = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().catch(() => {
      throw new MalformedBody()
    })
    const text = (v: FormDataEntryValue) => (typeof v === 'string' ? v : '')
    return { get: (n) => (data.has(n) ? text(data.get(n)!) : null), getAll: (n) => data.getAll(n).map(text) }
  }
  const params = new URLSearchParams(body.toString('utf8'))
  return { get: (n) => params.get(n), getAll: (n) => params.getAll(n) }
}

function internalOrigin(request: Request): string {
  if (process.env.LINLI_INTERNAL_URL) return process.env.LINLI_INTERNAL_URL.replace(/\/$/, '')
  return `http://127.0.0.1:${process.env.PORT || new URL(request.url).port || 3000}`
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** Used only if the server cannot render its own correction page: the message, and a way back (browsers keep what was typed). */
/** How long a visitor is asked to wait when the database is restarting (it came back within seconds in the fault tests). */
const DATABASE_RETRY_AFTER_SECONDS = 10

function fallbackPage(locale: Locale, status: number, message: string, slug?: string, extraHeaders: Record<string, string> = {}): Response {
  const back = recruitmentPaths.form(locale, slug)
  const html = `<!doctype html><html lang="${locale === 'zh' ? 'zh-CN' : 'en'}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(message)}</title><body style="font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">${locale === 'zh' ? '返回报名页' : 'Back to the form'}</a></p></body></html>`
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE, ...extraHeaders } })
}

/**
 * A plain form POST that needs correcting answers with the form page itself, showing the messages
 * and what was typed. The page is rendered by this server (the `correct` route) from a sealed,
 * short-lived header, so the public form page stays static and nothing typed is stored.
 */
async function correctionPage(request: Request, locale: Locale, slug: string | undefined, status: number, state: FormState, extraHeaders: Record<string, string> = {}): Promise<Response> {
  try {
    const res = await fetch(internalOrigin(request) + recruitmentPaths.correct(locale, slug), {
      headers: { [FORM_STATE_HEADER]: sealFormState(state), cookie: request.headers.get('cookie') ?? '', accept: 'text/html' },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(15_000),
    })
    if (res.status === 200 || res.status === 404) {
      return new Response(await res.text(), { status: res.status === 404 ? 404 : status, headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE, ...extraHeaders } })
    }
  } catch {
    // fall through to the plain page
  }
  const message = state.formError ? formErrorMessage(locale, state.formError) : Object.values(state.errors).join(' ')
  return fallbackPage(locale, status, message, slug)
}

function jsonResponse(locale: Locale, outcome: Exclude<SubmitOutcome, { kind: 'notFound' }>): Response {
  switch (outcome.kind) {
    case 'stored':
      return Response.json({ reference: outcome.reference, thanksUrl: recruitmentPaths.thanks(locale, outcome.reference) }, { status: outcome.repeat ? 200 : 201, headers: PRIVATE_JSON })
    case 'invalid':
      return Response.json({ errors: outcome.errors }, { status: 422, headers: PRIVATE_JSON })
    case 'refused':
      return Response.json(
        { code: outcome.formError, formError: formErrorMessage(locale, outcome.formError), ...(outcome.formError === 'closed' ? { openCallsUrl: recruitmentPaths.openCalls(locale) } : {}) },
        { status: outcome.status, headers: { ...PRIVATE_JSON, ...(outcome.retryAfterSeconds ? { 'retry-after': String(outcome.retryAfterSeconds) } : {}) } },
      )
  }
}

/** POST …/join/[slug]/apply and …/join/apply: JSON for the enhanced form (Accept: application/json), pages and redirects for a plain form. */
export async function handleApplication(request: Request, params: { locale: string; slug?: string }): Promise<Response> {
  const { slug } = params
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json')
  let outcome: SubmitOutcome
  try {
    const form = await parseForm(request)
    outcome = await submitApplication({ payload: await getPayloadClient(), locale, callSlug: slug, form, client: clientAddress(request.headers) })
  } catch (error) {
    const unavailable = isDatabaseUnavailable(error)
    const status = error instanceof BodyTooLarge ? 413 : error instanceof MalformedBody ? 400 : unavailable ? 503 : 500
    const code = status === 413 ? 'tooLarge' : status === 400 ? 'malformed' : unavailable ? 'unavailable' : 'server'
    // Only the kind of error: database errors quote the values they were given.
    if (status >= 500) console.error(`[recruitment] submission failed: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`)
    const retry: Record<string, string> = unavailable ? { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } : {}
    if (wantsJson) return Response.json({ code, formError: formErrorMessage(locale, code) }, { status, headers: { ...PRIVATE_JSON, ...retry } })
    return fallbackPage(locale, status, formErrorMessage(locale, code), slug, retry)
  }

  if (outcome.kind === 'notFound') return wantsJson ? Response.json({ code: 'notFound' }, { status: 404, headers: PRIVATE_JSON }) : correctionPage(request, locale, slug, 404, { values: emptyValues, errors: {} })
  if (wantsJson) return jsonResponse(locale, outcome)
  if (outcome.kind === 'stored') return new Response(null, { status: 303, headers: { location: recruitmentPaths.thanks(locale, outcome.reference), ...PRIVATE } })
  if (outcome.kind === 'invalid') return correctionPage(request, locale, slug, 422, { values: outcome.values, errors: outcome.errors })
  const retry: Record<string, string> = outcome.retryAfterSeconds ? { 'retry-after': String(outcome.retryAfterSeconds) } : {}
  return correctionPage(request, locale, slug, outcome.status, { values: outcome.values, errors: {}, formError: outcome.formError }, retry)
}

/** A GET on the apply address (a bookmark, a reload after an error) goes back to the form. */
export function redirectToForm(params: { locale: string; slug?: string }): Response {
  const locale = isLocale(params.locale) ? params.locale : 'zh'
  return new Response(null, { status: 303, headers: { location: recruitmentPaths.form(locale, params.slug) } })
}
