import { type RedisClient, sharedRedis } from '@/lib/redis'

/**
 * With several web processes and the shared Next cache (REDIS_URL), expiring a cache tag in one process
 * expires it for all (the cache handler keeps the tags in Redis). What each process still holds of its
 * own is the one-second page memory of server.ts (stage 3): it is cleared in every process through this
 * Redis channel, so a publish is visible through another process as soon as the shared cache has it,
 * not up to a second later. Without REDIS_URL nothing is sent: one process, nothing else to tell.
 */
export const INVALIDATION_CHANNEL = 'linli:pages-expired'

/**
 * Tells every process that pages were expired: now, and once more a moment later, because Next writes
 * an expiry to the shared cache when the request that asked for it ends, and a page re-remembered from
 * the old cache in between must not be kept for its full second.
 */
export function announceExpiredPages(tags: readonly string[]): void {
  const redis = sharedRedis()
  if (!redis) return
  const message = JSON.stringify({ tags, at: Date.now() })
  const send = () => void redis.publish(INVALIDATION_CHANNEL, message).catch(() => undefined)
  send()
  setTimeout(send, 300).unref()
  setTimeout(send, 1000).unref()
}

/** Calls `onExpired` whenever any process announces expired pages (server.ts clears its page memory). */
export async function onExpiredPages(onExpired: () => void): Promise<RedisClient | undefined> {
  const redis = sharedRedis()
  if (!redis) return undefined
  const subscriber = redis.duplicate()
  subscriber.on('error', () => undefined)
  await subscriber.connect()
  await subscriber.subscribe(INVALIDATION_CHANNEL, () => onExpired())
  return subscriber
}
