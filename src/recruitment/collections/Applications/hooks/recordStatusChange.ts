import type { CollectionBeforeChangeHook } from 'payload'

import { statusChange } from '@/recruitment/rules'

type HistoryEntry = { id?: string | null; status: string; changedAt: string; changedBy?: number | { id: number } | null }

/** The status-history rule (`rules.ts`), for applications written through Payload; the history itself cannot be edited by hand. */
export const recordStatusChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const change = statusChange({
    previous: originalDoc?.status as string | undefined,
    next: data.status as string | undefined,
    operation: operation === 'create' ? 'create' : 'update',
    changedBy: req.user?.collection === 'users' ? (req.user.id as number) : null,
  })
  if (!change) return data
  const history = ((originalDoc?.statusHistory ?? []) as HistoryEntry[]).map((entry) => ({
    ...entry,
    changedBy: typeof entry.changedBy === 'object' && entry.changedBy ? entry.changedBy.id : entry.changedBy,
  }))
  return { ...data, status: change.status, statusChangedAt: change.statusChangedAt, statusHistory: [...history, change.entry] }
}
