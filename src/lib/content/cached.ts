import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { CacheTag } from './tags'

type Arg = string | number | boolean

/**
 * A read shared across requests (tagged, so publishing refreshes it) and deduplicated within one render.
 * `tags` may depend on the arguments (a document's own tag, from its slug). `revalidate` is for reads
 * that depend on the clock (upcoming activities, open calls).
 */
export function cachedRead<A extends Arg[], R>(
  name: string,
  tags: CacheTag[] | ((...args: A) => CacheTag[]),
  read: (...args: A) => Promise<R>,
  options: { revalidate?: number } = {},
): (...args: A) => Promise<R> {
  if (typeof tags !== 'function') return cache(unstable_cache(read, [name], { tags, revalidate: options.revalidate }))
  return cache((...args: A) => unstable_cache(read, [name], { tags: tags(...args), revalidate: options.revalidate })(...args))
}

/** Bucketed "now": cached reads that compare against the clock stay valid for one bucket. */
export const CLOCK_BUCKET_SECONDS = 300
export function clockBucket(): string {
  const size = CLOCK_BUCKET_SECONDS * 1000
  return new Date(Math.floor(Date.now() / size) * size).toISOString()
}
