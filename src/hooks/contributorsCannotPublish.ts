import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { isStaffUser, isTeamUser } from '@/access/roles'

/** A contributor's save may never leave the document published, whichever route it came through. */
export const contributorsCannotPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isTeamUser(req.user) || isStaffUser(req.user)) return data
  const resultingStatus = (data as { _status?: string })._status ?? (originalDoc as { _status?: string } | undefined)?._status
  if (resultingStatus === 'published') throw new Forbidden(req.t)
  return data
}
