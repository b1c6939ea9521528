import type { Access, FieldAccess } from 'payload'

import { isAdminUser, isStaffUser, isTeamUser } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false
export const admins: Access = ({ req }) => isAdminUser(req.user)
export const staff: Access = ({ req }) => isStaffUser(req.user)
export const team: Access = ({ req }) => isTeamUser(req.user)

export const adminsField: FieldAccess = ({ req }) => isAdminUser(req.user)
export const staffField: FieldAccess = ({ req }) => isStaffUser(req.user)

/** Visitors see published documents only; anyone signed in to the team also sees drafts. */
export const publishedOrTeam: Access = ({ req }) =>
  isTeamUser(req.user) ? true : { _status: { equals: 'published' } }

/**
 * Contributors may create and edit drafts; only staff may publish.
 * Payload also calls this with `_status: 'published'` to decide whether to show the publish button.
 */
export const draftsForTeamPublishForStaff: Access = ({ req, data }) => {
  if (isStaffUser(req.user)) return true
  if (!isTeamUser(req.user)) return false
  return (data as { _status?: string } | undefined)?._status !== 'published'
}

/** Public content that core volunteers draft and social workers publish (stories, activities). */
export const draftedByContributors = {
  read: publishedOrTeam,
  create: draftsForTeamPublishForStaff,
  update: draftsForTeamPublishForStaff,
  delete: staff,
  readVersions: team,
}

/** Public content only social workers and admins write (recruitment calls, cases). */
export const writtenByStaff = { read: publishedOrTeam, create: staff, update: staff, delete: staff, readVersions: team }
