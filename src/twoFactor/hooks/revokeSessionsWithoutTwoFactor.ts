import type { GlobalAfterChangeHook } from 'payload'

import { endSessions, REQUIRED_ROLES } from '../state'

/**
 * When the requirement is switched on, the sessions of admins and social workers without two-factor
 * end, so it applies now rather than when their sessions run out. The admin who switched it keeps
 * this session (and sets it up at the next sign-in).
 */
export const revokeSessionsWithoutTwoFactor: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (!doc.requireTwoFactor || previousDoc?.requireTwoFactor) return doc
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { and: [{ role: { in: REQUIRED_ROLES } }, { twoFactorEnabledAt: { exists: false } }] },
    select: { role: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  for (const { id } of docs) {
    if (req.user && String(id) === String(req.user.id)) continue
    await endSessions(req.payload, id, req)
  }
  return doc
}
