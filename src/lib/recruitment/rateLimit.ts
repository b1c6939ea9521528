import type { Payload } from 'payload'

import { envLimit, type SharedLimiter, sharedLimiter } from '@/lib/security/rateLimits'

const MINUTE_SECONDS = 60

type Limiters = { attempts: SharedLimiter; verified: SharedLimiter; unverified: SharedLimiter }

/**
 * Stored applications per client address and minute: with the proof of work (`verified`), and a stricter
 * one without it (JavaScript off, or a bot); `attempts` caps every POST, including refused ones.
 * Mobile carriers put many people behind one address, so the defaults stay generous. Counted across
 * every process of the site (src/lib/security/rateLimits.ts).
 */
export function recruitmentLimiters(payload: Payload): Limiters {
  return {
    verified: sharedLimiter(payload, { name: 'applications', points: envLimit('RATE_LIMIT_APPLICATIONS_PER_MINUTE', 6), durationSeconds: MINUTE_SECONDS }),
    unverified: sharedLimiter(payload, { name: 'applications-unverified', points: envLimit('RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE', 3), durationSeconds: MINUTE_SECONDS }),
    attempts: sharedLimiter(payload, { name: 'application-attempts', points: envLimit('RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE', 30), durationSeconds: MINUTE_SECONDS }),
  }
}
