import type { Payload } from 'payload'

import { envLimit, type SharedLimiter, sharedLimiter } from '@/lib/security/rateLimits'

const MINUTE_SECONDS = 60

/** Per client address and minute: every POST (`attempts`), and stored submissions with and without the proof of work. */
export type FormLimiters = { attempts: SharedLimiter; verified: SharedLimiter; unverified: SharedLimiter }
type Limit = { env: string; perMinute: number }

/**
 * One form's limits, named after the form; each can be changed with its environment variable.
 * Mobile carriers put many people behind one address, so defaults should stay generous. Counted
 * across every process of the site (src/lib/security/rateLimits.ts).
 */
export function formLimiters(payload: Payload, name: string, limits: { attempts: Limit; verified: Limit; unverified: Limit }): FormLimiters {
  const make = (kind: string, limit: Limit) => sharedLimiter(payload, { name: `${name}-${kind}`, points: envLimit(limit.env, limit.perMinute), durationSeconds: MINUTE_SECONDS })
  return { attempts: make('attempts', limits.attempts), verified: make('verified', limits.verified), unverified: make('unverified', limits.unverified) }
}
