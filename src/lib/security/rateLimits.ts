import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { sharedRedis } from '@/lib/redis'

/**
 * Limits counted across every process of the site, through `rate-limiter-flexible`: in PostgreSQL (the
 * table `rate_limits`, one row per limited key and window) by default, in Redis when REDIS_URL is set.
 * A limit reached through one web process holds through all the others.
 *
 * Each limit is a fixed window of `durationSeconds` starting at its key's first hit. When the store cannot
 * be reached, the process counts on its own in memory (the library's insurance limiter) rather than
 * refusing everybody or letting everybody through.
 *
 * RATE_LIMIT_SCOPE (empty by default) keeps separate counts for sites that share one database or Redis
 * (the tests give each test server its own scope; processes of one site must share theirs).
 */
export type LimitSpec = { name: string; points: number; durationSeconds: number }
export type Taken = { allowed: true } | { allowed: false; retryAfterSeconds: number }
export type SharedLimiter = {
  /** Counts a hit for `key`; says whether it is within the limit and, if not, when to try again. */
  take: (key: string) => Promise<Taken>
  /** Takes back one counted hit (a sign-in that turned out right); nothing when none is counted. */
  forgive: (key: string) => Promise<void>
}

export const RATE_LIMIT_TABLE = 'rate_limits'

const globalKey = Symbol.for('linli.security.sharedLimiters')
const store = globalThis as typeof globalThis & { [globalKey]?: Map<string, SharedLimiter> }

function storeLimiter(payload: Payload, spec: LimitSpec, keyPrefix: string): RateLimiterAbstract {
  const common = { points: spec.points, duration: spec.durationSeconds, keyPrefix }
  const insuranceLimiter = new RateLimiterMemory(common)
  const redis = sharedRedis()
  if (redis) return new RateLimiterRedis({ ...common, storeClient: redis, useRedisPackage: true, rejectIfRedisNotReady: true, insuranceLimiter })
  const pool = (payload.db as unknown as { pool: Pool }).pool
  // The table comes with the migrations (20261202_130000_multiproc_rate_limits), not from the library.
  return new RateLimiterPostgres({ ...common, storeClient: pool, storeType: 'pool', tableName: RATE_LIMIT_TABLE, tableCreated: true, insuranceLimiter })
}

/** The limit named `spec.name` with these settings (one per process; another setting is another limit). */
export function sharedLimiter(payload: Payload, spec: LimitSpec): SharedLimiter {
  const scope = process.env.RATE_LIMIT_SCOPE ? `${process.env.RATE_LIMIT_SCOPE}:` : ''
  const keyPrefix = `${scope}${spec.name}`
  const id = `${keyPrefix}/${spec.points}/${spec.durationSeconds}`
  const limiters = (store[globalKey] ??= new Map())
  const existing = limiters.get(id)
  if (existing) return existing
  const limiter = storeLimiter(payload, spec, keyPrefix)
  const shared: SharedLimiter = {
    take: async (key) => {
      try {
        await limiter.consume(key, 1)
        return { allowed: true }
      } catch (result) {
        if (!(result instanceof RateLimiterRes)) throw result
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) }
      }
    },
    forgive: async (key) => {
      const counted = await limiter.get(key)
      if (counted && counted.consumedPoints > 0) await limiter.reward(key, 1)
    },
  }
  limiters.set(id, shared)
  return shared
}

/** A whole number from the environment, or `fallback` when unset or not a positive number. */
export function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}
