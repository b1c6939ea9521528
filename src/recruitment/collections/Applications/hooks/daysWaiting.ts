import type { FieldHook } from 'payload'

import { type ApplicationStatus, openStatuses } from '@/recruitment/options'

const DAY_MS = 24 * 60 * 60 * 1000

/** Days since the application came in, counted until the team closed it (accepted, declined, withdrawn). */
export function daysWaiting(doc: { submittedAt?: string | null; createdAt?: string | null; status?: string | null; statusChangedAt?: string | null }, now = Date.now()): number | null {
  const start = Date.parse(doc.submittedAt ?? doc.createdAt ?? '')
  if (Number.isNaN(start)) return null
  const open = openStatuses.includes((doc.status ?? 'new') as ApplicationStatus)
  const end = open ? now : Date.parse(doc.statusChangedAt ?? '') || now
  return Math.max(0, Math.floor((end - start) / DAY_MS))
}

export const computeDaysWaiting: FieldHook = ({ data, originalDoc, siblingData }) => daysWaiting({ ...originalDoc, ...data, ...siblingData })
