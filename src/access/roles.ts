import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'contributor'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | null | undefined

function roleOf(user: MaybeUser): Role | undefined {
  if (!user || user.collection !== 'users') return undefined
  return (user as { role?: Role }).role
}

export const isAdminUser = (user: MaybeUser): boolean => roleOf(user) === 'admin'
export const isStaffUser = (user: MaybeUser): boolean => {
  const role = roleOf(user)
  return role === 'admin' || role === 'editor'
}
export const isTeamUser = (user: MaybeUser): boolean => roleOf(user) !== undefined
