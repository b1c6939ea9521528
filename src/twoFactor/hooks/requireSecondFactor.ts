import type { CollectionBeforeLoginHook, PayloadRequest } from 'payload'

import { forgiveSignInAttempt } from '@/lib/security/loginRateLimit'
import { TwoFactorChallenge } from '../errors'
import { twoFactorErrors } from '../messages'
import { newRecoveryCodes, useRecoveryCode } from '../recoveryCodes'
import {
  endSessions,
  forgiveCodeAttempt,
  isEnabled,
  isRequiredFor,
  newEnrolment,
  openEnrolment,
  sealSecret,
  secretOf,
  takeCodeAttempt,
  type TwoFactorUser,
} from '../state'
import { checkTotp } from '../totp'
import { PASSWORD_RESET, SECOND_FACTOR, type SecondFactor } from './collectSecondFactor'

export const TWO_FACTOR_RESULT = 'linliTwoFactorResult'
export type TwoFactorResult = { recoveryCodes?: string[]; recoveryCodesLeft?: number; sessionEnded?: boolean }

const save = (req: PayloadRequest, user: TwoFactorUser, data: Record<string, unknown>) =>
  // Inside the login's transaction: written only if the sign-in completes.
  req.payload.db.updateOne({ collection: 'users', id: user.id, data, req, returning: false })

/**
 * Runs after Payload has checked the password, for every way of signing in (REST, GraphQL, Local API,
 * and the sign-in that ends a password reset): an account with two-factor on needs a current code or
 * an unused recovery code; an admin or social worker without it, when the site requires it, sets it
 * up here, in the same sign-in. Anything missing or wrong throws, and Payload then drops the session.
 * A password reset (the mailed link is the only proof) keeps the new password and ends the session it
 * would open, in the same transaction: the person then signs in with the password and the code.
 */
export const requireSecondFactor: CollectionBeforeLoginHook = async ({ req, user }) => {
  const account = user as TwoFactorUser
  const given = (req.context?.[SECOND_FACTOR] ?? {}) as SecondFactor
  const result: TwoFactorResult = {}

  if (req.context?.[PASSWORD_RESET]) {
    if (isEnabled(account) || (await isRequiredFor(req.payload, account, req))) {
      await endSessions(req.payload, account.id, req)
      result.sessionEnded = true
    }
  } else if (isEnabled(account)) {
    const secret = secretOf(account)
    if (given.recoveryCode) {
      await takeCodeAttempt(req.payload, account)
      const remaining = useRecoveryCode(account.recoveryCodes, given.recoveryCode)
      if (!remaining) throw new TwoFactorChallenge(twoFactorErrors.wrongRecoveryCode, { twoFactor: 'code', recovery: true, wrong: true })
      await forgiveCodeAttempt(req.payload, account)
      await save(req, account, { recoveryCodes: remaining })
      result.recoveryCodesLeft = remaining.length
    } else if (!given.code) {
      await forgiveSignInAttempt(req)
      throw new TwoFactorChallenge(twoFactorErrors.codeNeeded, { twoFactor: 'code' })
    } else {
      await takeCodeAttempt(req.payload, account)
      const step = secret ? await checkTotp(secret, given.code, account.totpLastStep) : undefined
      if (step === undefined) throw new TwoFactorChallenge(twoFactorErrors.wrongCode, { twoFactor: 'code', wrong: true })
      await forgiveCodeAttempt(req.payload, account)
      await save(req, account, { totpLastStep: step })
    }
  } else if (await isRequiredFor(req.payload, account, req)) {
    const secret = given.ticket ? openEnrolment(given.ticket, account) : undefined
    if (!secret || !given.code) {
      await forgiveSignInAttempt(req)
      const message = given.ticket && !secret ? twoFactorErrors.enrolExpired : twoFactorErrors.enrolNeeded
      throw new TwoFactorChallenge(message, { twoFactor: 'enrol', enrolment: await newEnrolment(account) })
    }
    await takeCodeAttempt(req.payload, account)
    const step = await checkTotp(secret, given.code)
    if (step === undefined) {
      // The same secret again, so the person does not have to scan a new code after a typo.
      throw new TwoFactorChallenge(twoFactorErrors.wrongCode, { twoFactor: 'enrol', wrong: true, enrolment: await newEnrolment(account, secret) })
    }
    await forgiveCodeAttempt(req.payload, account)
    const { codes, stored } = newRecoveryCodes()
    await save(req, account, { totpSecret: sealSecret(secret), totpLastStep: step, recoveryCodes: stored, twoFactorEnabledAt: new Date().toISOString() })
    result.recoveryCodes = codes
  }

  req.context = { ...req.context, [TWO_FACTOR_RESULT]: result }
  return user
}

