import type { CollectionAfterOperationHook } from 'payload'

import { TWO_FACTOR_RESULT, type TwoFactorResult } from './requireSecondFactor'

/** After a sign-in that set up two-factor or used a recovery code, the answer says so: the form shows the new codes, or how many are left. */
export const reportRecoveryCodes: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'login') return result
  const twoFactor = req.context?.[TWO_FACTOR_RESULT] as TwoFactorResult | undefined
  if (!twoFactor || (!twoFactor.recoveryCodes && twoFactor.recoveryCodesLeft === undefined)) return result
  return { ...(result as object), twoFactor } as typeof result
}
