import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Payload, PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'
import { auditAs } from '@/audit'
import { getPayloadClient } from '@/lib/content/payload'
import type { Activity, Signup } from '@/payload-types'
import { countSignups, type Counts, placesLeft } from './commands'
import { databasePool } from './db'

export type StaffContext = { payload: Payload; user: NonNullable<PayloadRequest['user']> }

/** The signed-in social worker or admin (the admin's own session cookie), or a redirect to the admin login. */
export async function requireStaff(returnTo: string): Promise<StaffContext> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !isStaffUser(user)) redirect(`/admin/login?redirect=${encodeURIComponent(returnTo)}`)
  return { payload, user }
}

/** The same check for route handlers: null when the caller is not staff. */
export async function staffFromRequest(request: Request): Promise<StaffContext | null> {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  return user && isStaffUser(user) ? { payload, user } : null
}

export type Overview = {
  activity: Activity
  counts: Counts
  onlineLeft: number | null
  totalLeft: number | null
  confirmed: Signup[]
  waitlisted: Signup[]
  toPhone: Signup[]
  cancelled: Signup[]
  needs: { pickup: number; wheelchair: number; limited: number; diets: [string, number][] }
}

/** Everything on one activity's staff page, read as the signed-in user (access control and the audit trail apply). */
export async function loadOverview({ payload, user }: StaffContext, activityId: number, purpose: 'view' | 'export' = 'view'): Promise<Overview | null> {
  const activity = await payload.findByID({ collection: 'activities', id: activityId, depth: 0, user, overrideAccess: false, draft: true, disableErrors: true })
  if (!activity) return null
  const { docs } = await payload.find({ collection: 'signups', where: { activity: { equals: activityId } }, sort: 'id', pagination: false, depth: 0, user, overrideAccess: false, context: purpose === 'export' ? auditAs('export') : undefined })
  const counts = await countSignups(databasePool(payload), activityId)
  const held = activity.signup?.heldForPhone ?? 0
  const cap = activity.capacity ?? null
  const confirmed = docs.filter((d) => d.status === 'confirmed')
  const diets = new Map<string, number>()
  for (const s of confirmed) if (s.diet) diets.set(s.diet, (diets.get(s.diet) ?? 0) + s.partySize)
  return {
    activity,
    counts,
    onlineLeft: cap === null ? null : placesLeft({ capacity: cap, heldForPhone: held }, counts, 'online'),
    totalLeft: cap === null ? null : placesLeft({ capacity: cap, heldForPhone: held }, counts, 'phone'),
    confirmed,
    waitlisted: docs.filter((d) => d.status === 'waitlisted'),
    toPhone: docs.filter((d) => d.toPhone && d.status !== 'cancelled'),
    cancelled: docs.filter((d) => d.status === 'cancelled'),
    needs: {
      pickup: confirmed.filter((s) => s.pickup).length,
      wheelchair: confirmed.filter((s) => s.mobility === 'wheelchair').length,
      limited: confirmed.filter((s) => s.mobility === 'limited').length,
      diets: [...diets.entries()].sort((a, b) => b[1] - a[1]),
    },
  }
}

export const phoneEnding = (phone?: string | null) => (phone ? phone.slice(-4) : '')
