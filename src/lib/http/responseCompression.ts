import type http from 'node:http'

import compression from 'compression'
import Negotiator from 'negotiator'

import { CompressedBodies, type Encoding } from './compressedBodies'

/** What the `compression` package offers, in its order of preference: the cached path must agree with it. */
const AVAILABLE = ['br', 'gzip', 'deflate', 'identity']
const PREFERRED = ['br', 'gzip']
const THRESHOLD = 1024
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/

const bodies = new CompressedBodies(Number(process.env.LINLI_COMPRESSED_CACHE_MB ?? 64) * 1024 * 1024)
const streamed = compression({ threshold: THRESHOLD })

type End = (chunk?: unknown, encoding?: BufferEncoding | (() => void), callback?: () => void) => http.ServerResponse

/**
 * Compression for every response (next.config turns off Next's own). Streamed responses go through
 * the `compression` package as before. A response sent whole with an ETag (Next's cached pages, their
 * RSC payloads, feeds) is compressed once per version and served from memory afterwards: gzip was a
 * third of the server's time on a cached page, for the same bytes every time.
 */
export function compressResponse(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => void,
  { encoding: chosen, onCompressed }: { encoding: Encoding | undefined; onCompressed?: (res: http.ServerResponse, body: Buffer) => void },
): void {
  const url = req.url ?? ''
  streamed(req as never, res as never, () => {
    const end = res.end as End
    res.end = function (this: http.ServerResponse, chunk?: unknown, encoding?: BufferEncoding | (() => void), callback?: () => void) {
      // Any earlier write sent the headers (the `compression` package writes them first), so this is the whole body.
      const whole = !this.headersSent && (typeof chunk === 'string' || Buffer.isBuffer(chunk))
      const cacheable = whole && req.method === 'GET' && this.statusCode === 200 && cacheKey(this)
      const content = chunk as string | Buffer
      if (cacheable && chosen && (typeof encoding !== 'string' || encoding === 'utf8') && content.length >= THRESHOLD) {
        const body = bodies.compress(`${url}\n${cacheable}\n${chosen}`, content, chosen)
        // The `compression` package leaves a response alone once it carries a Content-Encoding.
        this.setHeader('Content-Encoding', chosen)
        this.setHeader('Content-Length', body.byteLength)
        appendVary(this)
        onCompressed?.(this, body)
        return end.call(this, body, typeof encoding === 'function' ? encoding : callback)
      }
      return end.call(this, chunk, encoding, callback)
    } as typeof res.end
    next()
  })
}

/** Type and ETag, when the body is a fixed, compressible version of something; undefined otherwise. */
function cacheKey(res: http.ServerResponse): string | undefined {
  const etag = res.getHeader('ETag')
  const type = String(res.getHeader('Content-Type') ?? '')
  if (typeof etag !== 'string' || !COMPRESSIBLE.test(type)) return undefined
  if (res.getHeader('Content-Encoding') || res.getHeader('Set-Cookie')) return undefined
  // Private answers are compressed per request as before, never kept in memory.
  if (/no-transform|private|no-store/i.test(String(res.getHeader('Cache-Control') ?? ''))) return undefined
  return `${type}\n${etag}`
}

/** negotiator 0.6.4 takes the preferred order as a second argument; its published types predate it. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined }

export function preferredEncoding(req: http.IncomingMessage): Encoding | undefined {
  const encoding = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(AVAILABLE, PREFERRED)
  return encoding === 'br' || encoding === 'gzip' ? encoding : undefined
}

function appendVary(res: http.ServerResponse): void {
  const vary = String(res.getHeader('Vary') ?? '')
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}
