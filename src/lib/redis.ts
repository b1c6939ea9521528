import { createClient } from 'redis'

const connect = (url: string) => createClient({ url, socket: { reconnectStrategy: (retries: number) => Math.min(retries * 200, 2000) } })
export type RedisClient = ReturnType<typeof connect>

const globalKey = Symbol.for('linli.redis.client')
const store = globalThis as typeof globalThis & { [globalKey]?: RedisClient }

/**
 * The process's one Redis connection when REDIS_URL is set (shared rate limits), otherwise undefined:
 * without REDIS_URL the site needs no Redis at all. It connects in the background and reconnects by
 * itself; callers that need an answer at once treat "not ready" as unavailable.
 */
export function sharedRedis(): RedisClient | undefined {
  const url = process.env.REDIS_URL
  if (!url) return undefined
  if (!store[globalKey]) {
    const client = connect(url)
    // A dropped connection must not crash the process; it is said at most once a minute.
    let saidAt = 0
    client.on('error', (error: Error) => {
      if (Date.now() - saidAt < 60_000) return
      saidAt = Date.now()
      console.error(`[redis] ${error.message}`)
    })
    client.connect().catch(() => undefined)
    store[globalKey] = client
  }
  return store[globalKey]
}
