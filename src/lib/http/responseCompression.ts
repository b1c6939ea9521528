import type http from 'node:http'

import compression from 'compression'
import Negotiator from 'negotiator'

import { COMPRESSION_THRESHOLD, type CompressedBodies, type Encoding } from './compressedBodies'
import { pathnameOf } from './pathname'
import { holdWholeBody } from './wholeBody'

/** What the `compression` package offers, in its order of preference: the kept-copy path must agree with it. */
const AVAILABLE = ['br', 'gzip', 'deflate', 'identity']
const PREFERRED = ['br', 'gzip']
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/
/** Larger bodies are streamed through `compression` rather than held whole in memory. */
const MAX_WHOLE_BODY = 8 * 1024 * 1024

const streamed = compression({ threshold: COMPRESSION_THRESHOLD })

/** Called with a response whose whole body was just sent from (or put into) the store under `bodyKey`. */
export type OnWholeBody = (res: http.ServerResponse, bodyKey: string) => void

/**
 * The key naming one version of a body in one encoding, from the headers it is sent with; undefined
 * when the body is not a fixed, shareable, compressible version of something. A strong ETag is Next's
 * hash of the whole body (send-payload.js: `generateETag(payload)`), so it names the body whatever URL
 * or query string asked for it. A weak one (static files: size and modification time) names it only
 * together with the path.
 */
export function versionKey(encoding: Encoding, headers: { etag?: unknown; type?: unknown }, pathname: string): string | undefined {
  const { etag, type } = headers
  if (typeof etag !== 'string' || typeof type !== 'string' || !COMPRESSIBLE.test(type)) return undefined
  return `${encoding}\n${type}\n${etag.startsWith('W/') ? pathname : ''}\n${etag}`
}

function wholeBodyKey(req: http.IncomingMessage, res: http.ServerResponse, encoding: Encoding): string | undefined {
  if (res.headersSent || res.statusCode !== 200) return undefined
  if (res.getHeader('content-encoding') || res.getHeader('set-cookie')) return undefined
  // Private answers are compressed per request, never kept.
  if (/no-transform|private|no-store/i.test(String(res.getHeader('cache-control') ?? ''))) return undefined
  if (Number(res.getHeader('content-length') ?? 0) > MAX_WHOLE_BODY) return undefined
  return versionKey(encoding, { etag: res.getHeader('etag'), type: res.getHeader('content-type') }, pathnameOf(req.url))
}

/**
 * Compression for every response (next.config turns off Next's own). A GET answered 200 with an
 * ETag (Next's cached pages, their RSC payloads, feeds, static files) is taken whole, however many
 * writes it comes in, and compressed once per version into `bodies`: later requests for that version
 * are sent the kept copy without compressing again. Everything else (streamed pages, the API) goes
 * through the `compression` package as it is written.
 *
 * Relies on Next setting the ETag before it writes the body or flushes the headers (as any ETag must
 * be); a response whose headers went out with an explicit writeHead is simply streamed.
 * tests/site/compression.test.ts fails if cached pages stop reaching the store.
 */
export function compressResponse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  { encoding, bodies, onWholeBody }: { encoding: Encoding | undefined; bodies: CompressedBodies; onWholeBody?: OnWholeBody },
): void {
  streamed(req as never, res as never, () => {})
  if (!encoding || req.method !== 'GET') return
  let key: string | undefined
  const { holding } = holdWholeBody(
    res,
    () => (key = wholeBodyKey(req, res, encoding)) !== undefined,
    function (raw, end) {
      // An explicit writeHead sent the headers meanwhile: what was held back goes out as it came.
      if (this.headersSent) return end(raw)
      let body = bodies.get(key!)
      if (!body) {
        if (raw.byteLength < COMPRESSION_THRESHOLD) {
          this.setHeader('content-length', raw.byteLength)
          return end(raw)
        }
        body = bodies.compress(key!, raw, encoding)
      }
      // The `compression` package leaves a response alone once it carries a Content-Encoding.
      this.setHeader('content-encoding', encoding)
      this.setHeader('content-length', body.byteLength)
      appendVary(this)
      onWholeBody?.(this, key!)
      return end(body)
    },
  )

  const flushHeaders = res.flushHeaders
  // Next flushes the headers before a streamed body's first write: a body taken whole keeps them back.
  res.flushHeaders = function (this: http.ServerResponse) {
    if (!holding()) flushHeaders.call(this)
  }
}

/** negotiator 0.6.4 takes the preferred order as a second argument; its published types predate it. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined }

export function preferredEncoding(req: http.IncomingMessage): Encoding | undefined {
  if (!req.headers['accept-encoding']) return undefined
  const encoding = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(AVAILABLE, PREFERRED)
  return encoding === 'br' || encoding === 'gzip' ? encoding : undefined
}

function appendVary(res: http.ServerResponse): void {
  const vary = String(res.getHeader('vary') ?? '')
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}
