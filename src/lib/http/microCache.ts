import type http from 'node:http'

import type { Encoding } from './compressedBodies'

type Remembered = { status: number; headers: http.OutgoingHttpHeaders; body: Buffer; etag: string; expires: number }

const TTL_MS = Number(process.env.LINLI_MICROCACHE_MS ?? 1000)
const MAX_ENTRIES = 2000
/** Requests for the router's data (client navigation, prefetch, server actions) vary on these: they go to Next.js. */
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url', 'authorization']
const NOT_PAGES = /^\/(admin|api|preview|_next)(\/|$|\?)/
const entries = new Map<string, Remembered>()
/** Marks answers given from this memory, for operators and tests (like a proxy's cache-status header). */
export const ANSWERED_HEADER = 'x-linli-micro-cache'

/**
 * A one-second memory of whole public pages, answered before Next.js routes the request: under load
 * a busy page is rendered from Next's cache once a second instead of once per visitor, and an edit
 * still shows within a second of Next's own refresh (the freshness target is two). Only visitors
 * without cookies (other than the elder-mode switch, which picks the variant) and only pages Next
 * itself serves from its cache are remembered; anything personal never is.
 */
export function microCacheKey(req: http.IncomingMessage, encoding: Encoding | undefined): string | undefined {
  if (TTL_MS <= 0 || !encoding || req.method !== 'GET' || NOT_PAGES.test(req.url ?? '')) return undefined
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return undefined
  const elder = elderFlag(req.headers.cookie)
  return elder === undefined ? undefined : `${encoding}\n${elder}\n${req.url}`
}

/** '1' or '0' for the elder-mode cookie as next.config's rewrites read it; undefined when any other cookie is sent. */
function elderFlag(cookie: string | undefined): string | undefined {
  if (!cookie) return '0'
  let flag = '0'
  for (const part of cookie.split(';')) {
    const [name, value] = part.split('=').map((s) => s.trim())
    if (!name) continue
    if (name !== 'elder') return undefined
    flag = value === '1' ? '1' : '0'
  }
  return flag
}

export function answerFromMicroCache(key: string, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const entry = entries.get(key)
  if (!entry) return false
  if (entry.expires < Date.now()) {
    entries.delete(key)
    return false
  }
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, { etag: entry.etag, vary: entry.headers.vary ?? 'Accept-Encoding', 'cache-control': entry.headers['cache-control'] ?? '' })
    res.end()
    return true
  }
  res.writeHead(entry.status, { ...entry.headers, [ANSWERED_HEADER]: 'HIT' })
  res.end(entry.body)
  return true
}

/** Keeps a compressed page Next.js served from its own cache (a public, shared answer). */
export function rememberAnswer(key: string, res: http.ServerResponse, body: Buffer): void {
  const etag = res.getHeader('etag')
  const cacheControl = String(res.getHeader('cache-control') ?? '')
  // HIT or STALE: Next answered from its cache, so the page is shared; a fresh render (MISS) is left to the next visit.
  if (typeof etag !== 'string' || !/^(HIT|STALE)$/.test(String(res.getHeader('x-nextjs-cache'))) || !/s-maxage/.test(cacheControl) || res.getHeader('set-cookie')) return
  // Every entry lives equally long, so insertion order is expiry order: the oldest goes first.
  entries.delete(key)
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!)
  entries.set(key, { status: res.statusCode, headers: res.getHeaders(), body, etag, expires: Date.now() + TTL_MS })
}
