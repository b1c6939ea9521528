/**
 * Next's cache shared by every web process, when REDIS_URL is set (next.config.ts names this file only
 * then; without REDIS_URL Next keeps its cache in each process's memory, as on one machine).
 *
 * @fortedigital/nextjs-cache-handler's Redis handler keeps rendered pages and their cache tags in Redis:
 * `revalidateTag` in any process deletes the tagged entries for all, so the next request through any
 * process renders the page again. Plain JavaScript: Next imports this file at run time, outside its bundle.
 * Keys are prefixed with LINLI_CACHE_PREFIX (default `linli:`) and the build's id, so a new build never
 * serves pages rendered by the previous one.
 */
import fs from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js'
import { createClient } from 'redis'

const globalKey = Symbol.for('linli.nextCacheHandlerConfig')

function buildId() {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'unbuilt'
  }
}

CacheHandler.onCreation(() => {
  // One Redis connection per process, however many times Next creates the handler.
  if (globalThis[globalKey]) return globalThis[globalKey]
  globalThis[globalKey] = (async () => {
    if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
      throw new Error('the shared Next cache needs REDIS_URL at run time (and is not used while building)')
    }
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000, socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } })
    let saidAt = 0
    client.on('error', (error) => {
      // Never thrown: the client reconnects by itself. Said at most once a minute.
      if (Date.now() - saidAt < 60_000) return
      saidAt = Date.now()
      console.error(`[linli] Redis (page cache): ${error.message}`)
    })
    await client.connect()
    const prefix = `${process.env.LINLI_CACHE_PREFIX ?? 'linli:'}${buildId()}:`
    // timeoutMs: a slow Redis answers as a cache miss (the page is rendered) rather than holding the visitor.
    return { handlers: [createRedisHandler({ client, keyPrefix: prefix, sharedTagsKey: `${prefix}tags`, sharedTagsTtlKey: `${prefix}tag-ttls`, timeoutMs: 1000 })] }
  })()
  return globalThis[globalKey]
})

export default CacheHandler
