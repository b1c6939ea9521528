import { isDatabaseUnavailable } from './databaseUnavailable'

/**
 * The HTTP side of a public form, for clients that post to a capability's JSON endpoint rather than
 * through its page's server action (the bench, scripts, other clients): reading the posted body, the
 * private headers, a plain page for a plain POST, and what an unexpected error means for the visitor.
 */

/** What a submitted form offers, whatever its encoding. */
export type SubmittedForm = { get: (name: string) => string | null; getAll: (name: string) => string[] }

export const MAX_FORM_BODY_BYTES = 64 * 1024
export const PRIVATE_HEADERS = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' }
/** JSON answers are a few dozen bytes: `no-transform` keeps Next.js from setting up a gzip stream for each (measured: 6% of the server's CPU under load). */
export const PRIVATE_JSON_HEADERS = { ...PRIVATE_HEADERS, 'cache-control': 'private, no-store, no-transform' }
/** How long a visitor is asked to wait when the database is restarting (it came back within seconds in the fault tests). */
export const DATABASE_RETRY_AFTER_SECONDS = 10

export class BodyTooLarge extends Error {}
/** A body that is not the form encoding it claims to be (e.g. a cut-off multipart body). */
export class MalformedBody extends Error {}

async function readBody(request: Request, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new BodyTooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of (request.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > maxBytes) throw new BodyTooLarge()
    chunks.push(Buffer.from(chunk))
  }
  return Buffer.concat(chunks)
}

/** Plain forms send urlencoded data, the enhanced form too; multipart is accepted for other clients. */
export async function parseForm(request: Request, maxBytes = MAX_FORM_BODY_BYTES): Promise<SubmittedForm> {
  const body = await readBody(request, maxBytes)
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

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json')
}

/** The codes an unexpected failure is answered with; every capability's messages name them. */
export type FailureCode = 'tooLarge' | 'malformed' | 'unavailable' | 'server'

/** What an error thrown while reading or storing a submission means for the visitor. Logs only its kind: database errors quote the values they were given. */
export function classifyFailure(error: unknown, logPrefix: string): { status: 400 | 413 | 500 | 503; code: FailureCode; headers: Record<string, string> } {
  const unavailable = isDatabaseUnavailable(error)
  const status = error instanceof BodyTooLarge ? 413 : error instanceof MalformedBody ? 400 : unavailable ? 503 : 500
  const code = status === 413 ? 'tooLarge' : status === 400 ? 'malformed' : unavailable ? 'unavailable' : 'server'
  if (status >= 500) console.error(`[${logPrefix}] submission failed: ${(error as Error)?.name ?? 'Error'} ${(error as { code?: string })?.code ?? ''}`)
  return { status, code, headers: unavailable ? { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } : {} }
}

export function retryAfter(seconds: number | undefined): Record<string, string> {
  return seconds ? { 'retry-after': String(seconds) } : {}
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A plain (non-JSON) POST to an endpoint that is refused: the message, and a way back (browsers keep what was typed). */
export function plainMessagePage(args: { lang: string; status: number; message: string; back: { href: string; label: string }; headers?: Record<string, string> }): Response {
  const { lang, status, message, back } = args
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(message)}</title><body style="font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem"><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></body></html>`
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', ...PRIVATE_HEADERS, ...args.headers } })
}

/** After a stored submission: the thanks page (303, so a reload does not post again). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, ...PRIVATE_HEADERS } })
}
