import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

import { TwoFactorRefused } from '../errors'
import { twoFactorErrors } from '../messages'
import { forgiveCodeAttempt, loadTwoFactorUser, secretOf, takeCodeAttempt, type TwoFactorUser } from '../state'
import { checkTotp } from '../totp'

export const noStore = { 'cache-control': 'private, no-store' }

/** The signed-in person's own row with its two-factor columns, and the request's JSON body. */
export async function signedInUser(req: PayloadRequest): Promise<{ user: TwoFactorUser; body: Record<string, unknown> }> {
  if (!req.user || req.user.collection !== 'users') throw new TwoFactorRefused(twoFactorErrors.signInFirst, 401)
  await addDataAndFileToRequest(req)
  const user = await loadTwoFactorUser(req.payload, req.user.id, req)
  if (!user) throw new TwoFactorRefused(twoFactorErrors.signInFirst, 401)
  const body = req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
  return { user, body }
}

/** A current code from the person's authenticator, counted against the account's tries; the step it used. */
export async function requireCurrentCode(req: PayloadRequest, user: TwoFactorUser, code: unknown): Promise<number> {
  const secret = secretOf(user)
  await takeCodeAttempt(req.payload, user)
  const step = secret && typeof code === 'string' ? await checkTotp(secret, code, user.totpLastStep) : undefined
  if (step === undefined) throw new TwoFactorRefused(twoFactorErrors.wrongCode, 400)
  await forgiveCodeAttempt(req.payload, user)
  return step
}
