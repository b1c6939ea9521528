import crypto from 'node:crypto'

import { revalidateTag } from 'next/cache'

import { announceExpiredPages } from '@/lib/cache/invalidation'

import type { CacheTag } from './tags'

/** Proves a revalidation request comes from a process that holds the Payload secret. */
export function revalidationToken(secret = process.env.PAYLOAD_SECRET ?? ''): string {
  return crypto.createHmac('sha256', secret).update('linli:revalidate').digest('hex')
}

export function isValidRevalidationToken(token: string | null): boolean {
  if (!token) return false
  const expected = Buffer.from(revalidationToken())
  const given = Buffer.from(token)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

const isOutsideRequest = (error: unknown) => error instanceof Error && /static generation store missing/.test(error.message)

function revalidationUrl(): string {
  return process.env.LINLI_REVALIDATE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`
}

/**
 * Expires cached pages showing these tags. Inside a request (admin saves, REST, GraphQL) Next does it
 * directly; outside one (the job runner publishing on schedule, scripts) the running server is asked
 * over loopback (LINLI_REVALIDATE_URL), since only a web process holds the page cache; with the shared
 * cache (REDIS_URL) one web process expiring a tag expires it for all.
 */
export async function expireCacheTags(tags: CacheTag[]): Promise<'direct' | 'server' | 'no-server'> {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    announceExpiredPages(tags)
    return 'direct'
  } catch (error) {
    if (!isOutsideRequest(error)) throw error
  }
  try {
    const res = await fetch(`${revalidationUrl()}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidationToken()}` },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    return res.ok ? 'server' : 'no-server'
  } catch {
    return 'no-server'
  }
}
