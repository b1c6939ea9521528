import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type Payload } from 'payload'

import { envLimit, sharedLimiter } from './rateLimits'
import { signInClient } from './signInClient'

const MINUTE_SECONDS = 60

/**
 * Failed sign-ins per client address, counted across every process of the site (rateLimits.ts). It
 * complements the per-account lockout (5 failures lock one account): this one stops a client trying many
 * accounts. A successful sign-in is forgiven, so a team behind one address is not locked out by
 * its own logins. Password-reset mails are limited per client too, so nobody can mail-bomb staff.
 */
function limits(payload: Payload) {
  return {
    login: sharedLimiter(payload, { name: 'sign-in-failures', points: envLimit('LOGIN_FAILURES_PER_CLIENT', 20), durationSeconds: envLimit('LOGIN_FAILURE_WINDOW_MINUTES', 15) * MINUTE_SECONDS }),
    reset: sharedLimiter(payload, { name: 'password-resets', points: envLimit('PASSWORD_RESETS_PER_CLIENT', 5), durationSeconds: 60 * MINUTE_SECONDS }),
  }
}

class TooManyAttempts extends APIError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60)
    super(`尝试次数过多，请 ${minutes} 分钟后再试。Too many attempts from your network: try again in ${minutes} minutes.`, 429, { retryAfterSeconds }, true)
    this.name = 'TooManyAttempts'
  }
}

export const limitSignIns: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const client = signInClient(req.headers)
  // The Local API (scripts, tests) has no client.
  if (!client) return args
  const taken = await (operation === 'login' ? limits(req.payload).login : limits(req.payload).reset).take(client)
  if (!taken.allowed) throw new TooManyAttempts(taken.retryAfterSeconds)
  return args
}

/** A sign-in attempt with the right password does not count against the client (also when a second factor is still to come). */
export async function forgiveSignInAttempt(req: { headers?: Headers; payload: Payload }): Promise<void> {
  const client = signInClient(req.headers)
  if (client) await limits(req.payload).login.forgive(client)
}

export const forgiveSuccessfulSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  await forgiveSignInAttempt(req)
  return user
}
