/**
 * A sliding-window limit held in this process's memory: enough for one server; behind several
 * servers each counts on its own, so the effective limit is per server.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Records a hit for `key` and says whether it is within the limit; refused hits are not counted. */
  take(key: string, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
    const since = now - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000)) }
    }
    recent.push(now)
    this.hits.delete(key)
    this.hits.set(key, recent)
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string)
    return { allowed: true, retryAfterSeconds: 0 }
  }
}

function envLimit(name: string, fallback: number): number {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

const MINUTE = 60_000

type Limiters = { attempts: SlidingWindowLimiter; verified: SlidingWindowLimiter; unverified: SlidingWindowLimiter }
const globalKey = Symbol.for('linli.recruitment.rateLimiters')
const store = globalThis as typeof globalThis & { [globalKey]?: Limiters }

/**
 * Stored applications per client address and minute: with the proof of work (`verified`), and a stricter
 * one without it (JavaScript off, or a bot); `attempts` caps every POST, including refused ones.
 * Mobile carriers put many people behind one address, so the defaults stay generous.
 */
export function recruitmentLimiters(): Limiters {
  store[globalKey] ??= {
    verified: new SlidingWindowLimiter(envLimit('RATE_LIMIT_APPLICATIONS_PER_MINUTE', 6), MINUTE),
    unverified: new SlidingWindowLimiter(envLimit('RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE', 3), MINUTE),
    attempts: new SlidingWindowLimiter(envLimit('RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE', 30), MINUTE),
  }
  return store[globalKey]
}
