import type http from 'node:http'

import { LRUCache } from 'lru-cache'

import { ELDER_COOKIE, ELDER_ON } from '@/lib/content/mode'

import type { CompressedBodies, Encoding } from './compressedBodies'
import { pathnameOf } from './pathname'
import { versionKey } from './responseCompression'

/** Which version of a page was served last, and with which headers (the body itself is in CompressedBodies). */
type Remembered = { status: number; headers: http.OutgoingHttpHeaders; etag: string; type: string }

/** Marks answers given from this memory, for operators and tests (like a proxy's cache-status header). */
export const ANSWERED_HEADER = 'x-linli-micro-cache'
/** Requests for the router's data (client navigation, prefetch, server actions) vary on these: they go to Next.js. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'authorization']
const NOT_PAGES = /^\/(admin|api|_next)(\/|$)/
/** The only cookie header a remembered page is shared with besides none: the elder-mode switch, as next.config's rewrite matches it. */
const ELDER_ON_COOKIE = `${ELDER_COOKIE}=${ELDER_ON}`
/**
 * Headers not replayed: those of one encoding of the body (set again for each answer), and Next's word
 * about its own cache, which an answer from this memory is not.
 */
const NOT_REPLAYED = new Set(['content-encoding', 'content-length', 'x-nextjs-cache'])

/**
 * A short memory (one second by default) of public pages, answered before Next.js routes the request:
 * under load a busy page is taken from Next's cache once a second instead of once per visitor, and an
 * edit still shows within a second of Next's own refresh.
 *
 * It is keyed by page, not by URL: the path and the elder-mode variant, without the query string.
 * Next answers a page it serves from its cache the same whatever the query string (a page that reads
 * the query is dynamic, and dynamic answers are never remembered); tests/site/micro-cache.test.ts fails
 * if that changes. Only visitors with no cookie or only the elder-mode switch are answered from it,
 * and only answers Next marks as shared (`s-maxage`, no Set-Cookie) are remembered.
 */
export class PageMemory {
  private readonly pages: LRUCache<string, Remembered>

  constructor({ ttlMs, maxEntries = 2000 }: { ttlMs: number; maxEntries?: number }) {
    this.pages = new LRUCache<string, Remembered>({ max: maxEntries, ttl: Math.max(1, ttlMs) })
  }

  /** The page a request asks for, when its answer may come from (and go into) this memory. */
  static pageKey(req: http.IncomingMessage, encoding: Encoding | undefined): string | undefined {
    if (!encoding || req.method !== 'GET') return undefined
    const path = pathnameOf(req.url)
    if (NOT_PAGES.test(path) || ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined
    const cookie = req.headers.cookie
    if (cookie === undefined) return `standard ${path}`
    return cookie.trim() === ELDER_ON_COOKIE ? `elder ${path}` : undefined
  }

  /** Answers from memory when the page was remembered and its body in this encoding is still kept. */
  answer(page: string, encoding: Encoding, bodies: CompressedBodies, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    const entry = this.pages.get(page)
    if (!entry) return false
    const key = versionKey(encoding, { etag: entry.etag, type: entry.type }, pathnameOf(req.url))
    const body = key && bodies.get(key)
    if (!body) return false
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, { etag: entry.etag, vary: entry.headers.vary ?? 'Accept-Encoding', 'cache-control': entry.headers['cache-control'] ?? '' })
      res.end()
      return true
    }
    res.writeHead(entry.status, { ...entry.headers, 'content-encoding': encoding, 'content-length': body.byteLength, [ANSWERED_HEADER]: 'HIT' })
    res.end(body)
    return true
  }

  /** Keeps which version of the page Next.js just sent, if it is a shared answer from its cache. */
  remember(page: string, res: http.ServerResponse): void {
    const etag = res.getHeader('etag')
    const type = res.getHeader('content-type')
    // Next marks the pages it serves from its full-route cache with `s-maxage`; dynamic and private answers never carry it.
    if (typeof etag !== 'string' || etag.startsWith('W/') || typeof type !== 'string' || res.statusCode !== 200) return
    if (!/s-maxage/.test(String(res.getHeader('cache-control') ?? '')) || res.getHeader('set-cookie')) return
    const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_REPLAYED.has(name)))
    this.pages.set(page, { status: res.statusCode, headers, etag, type })
  }

  /** Forgets every page (another process expired cache tags: see src/lib/cache/invalidation.ts). */
  clear(): void {
    this.pages.clear()
  }
}
