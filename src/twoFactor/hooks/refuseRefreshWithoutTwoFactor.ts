import { type CollectionBeforeOperationHook } from 'payload'

import { TwoFactorRefused } from '../errors'
import { twoFactorErrors } from '../messages'
import { isEnabled, isRequiredFor, loadTwoFactorUser } from '../state'

/**
 * A session from before the site required two-factor sign-in is not prolonged: the person signs in
 * again and sets it up. (Sessions of accounts with two-factor exist only after a code was given.)
 */
export const refuseRefreshWithoutTwoFactor: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'refresh' || !req.user) return args
  const user = await loadTwoFactorUser(req.payload, req.user.id, req)
  if (user && !isEnabled(user) && (await isRequiredFor(req.payload, user, req))) throw new TwoFactorRefused(twoFactorErrors.enrolNeeded, 401)
  return args
}
