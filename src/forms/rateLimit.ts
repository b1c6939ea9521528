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

/** Per client address and minute: every POST (`attempts`), and stored submissions with and without the proof of work. */
export type FormLimiters = { attempts: SlidingWindowLimiter; verified: SlidingWindowLimiter; unverified: SlidingWindowLimiter }
type Limit = { env: string; perMinute: number }

const store = globalThis as typeof globalThis & { [key: symbol]: FormLimiters | undefined }

/**
 * One form's limiters, made once per process (and kept across hot reloads) under `name`; each limit
 * can be changed with its environment variable. Mobile carriers put many people behind one
 * address, so defaults should stay generous.
 */
export function formLimiters(name: string, limits: { attempts: Limit; verified: Limit; unverified: Limit }): FormLimiters {
  const key = Symbol.for(`linli.forms.rateLimiters.${name}`)
  const make = (l: Limit) => new SlidingWindowLimiter(envLimit(l.env, l.perMinute), MINUTE)
  store[key] ??= { attempts: make(limits.attempts), verified: make(limits.verified), unverified: make(limits.unverified) }
  return store[key]
}
