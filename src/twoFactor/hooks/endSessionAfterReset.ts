import type { CollectionAfterOperationHook } from 'payload'

import { isEnabled, isRequiredFor, loadTwoFactorUser } from '../state'

/**
 * A password reset signs the person in, with nothing but the mailed link. For an account that has (or
 * must have) two-factor sign-in, the new password is kept but that session is ended at once: they sign
 * in again with the password and their code. The admin's reset form then goes to the sign-in page.
 */
export const endSessionAfterReset: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  if (operation !== 'resetPassword') return result
  const id = (result as { user?: { id?: number | string } }).user?.id
  if (id === undefined) return result
  const user = await loadTwoFactorUser(req.payload, id)
  if (!user || !(isEnabled(user) || (await isRequiredFor(req.payload, user)))) return result
  await req.payload.db.updateOne({ collection: 'users', id, data: { sessions: [] }, returning: false })
  const { token: _token, ...rest } = result as { token?: string }
  return rest as typeof result
}
