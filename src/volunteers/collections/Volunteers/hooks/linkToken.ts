import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

export const newLinkToken = (): string => crypto.randomBytes(18).toString('base64url')

/** Every volunteer gets the token of their own private link when created. */
export const ensureLinkToken: CollectionBeforeChangeHook = ({ data, operation, context }) => {
  if (operation === 'create' && !data.linkToken) data.linkToken = newLinkToken()
  if (context?.renewLinkToken) data.linkToken = newLinkToken()
  return data
}
