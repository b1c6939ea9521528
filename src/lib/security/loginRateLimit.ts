import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { signInClient } from './signInClient'

const MINUTE = 60_000
const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback
}

/**
 * Failed sign-ins per client address, held in this process's memory (per server). It complements
 * the per-account lockout (5 failures lock one account): this one stops a client trying many
 * accounts. A successful sign-in is forgiven, so a team behind one address is not locked out by
 * its own logins. Password-reset mails are limited per client too, so nobody can mail-bomb staff.
 */
export class FailureWindow {
  private readonly hits = new Map<string, number[]>()
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  private recent(key: string, now: number): number[] {
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - this.windowMs)
    if (list.length) this.hits.set(key, list)
    else this.hits.delete(key)
    return list
  }

  /** Counts an attempt; refuses (without counting) when the client already used up its window. */
  take(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
    const list = this.recent(key, now)
    if (list.length >= this.limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((list[0]! + this.windowMs - now) / 1000)) }
    list.push(now)
    this.hits.set(key, list)
    if (this.hits.size > 50_000) this.hits.delete(this.hits.keys().next().value as string)
    return { allowed: true }
  }

  forgive(key: string): void {
    const list = this.hits.get(key)
    list?.pop()
  }
}

const store = globalThis as typeof globalThis & { __linliSignInLimits?: { login: FailureWindow; reset: FailureWindow } }
function limits() {
  store.__linliSignInLimits ??= {
    login: new FailureWindow(envNumber('LOGIN_FAILURES_PER_CLIENT', 20), envNumber('LOGIN_FAILURE_WINDOW_MINUTES', 15) * MINUTE),
    reset: new FailureWindow(envNumber('PASSWORD_RESETS_PER_CLIENT', 5), 60 * MINUTE),
  }
  return store.__linliSignInLimits
}

class TooManyAttempts extends APIError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60)
    super(`尝试次数过多，请 ${minutes} 分钟后再试。Too many attempts from your network: try again in ${minutes} minutes.`, 429, { retryAfterSeconds }, true)
    this.name = 'TooManyAttempts'
  }
}

export const limitSignIns: CollectionBeforeOperationHook = ({ operation, req, args }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const client = signInClient(req.headers)
  // The Local API (scripts, tests) has no client.
  if (!client) return args
  const taken = (operation === 'login' ? limits().login : limits().reset).take(client)
  if (!taken.allowed) throw new TooManyAttempts(taken.retryAfterSeconds)
  return args
}

/** A sign-in attempt with the right password does not count against the client (also when a second factor is still to come). */
export function forgiveSignInAttempt(req: { headers?: Headers }): void {
  const client = signInClient(req.headers)
  if (client) limits().login.forgive(client)
}

export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = ({ req, user }) => {
  forgiveSignInAttempt(req)
  return user
}
