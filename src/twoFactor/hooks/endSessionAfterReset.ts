import type { CollectionAfterOperationHook } from 'payload'

import { TWO_FACTOR_RESULT, type TwoFactorResult } from './requireSecondFactor'

/**
 * After a password reset of an account that has (or must have) two-factor sign-in, whose session the
 * beforeLogin hook already ended, the answer carries no token: the admin's reset form then goes to the
 * sign-in page.
 */
export const endSessionAfterReset: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  if (!(req.context?.[TWO_FACTOR_RESULT] as TwoFactorResult | undefined)?.sessionEnded) return result
  const { token: _token, ...rest } = result as { token?: string }
  return rest as typeof result
}
