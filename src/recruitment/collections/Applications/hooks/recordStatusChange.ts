import type { CollectionBeforeChangeHook } from 'payload'

type HistoryEntry = { id?: string | null; status: string; changedAt: string; changedBy?: number | { id: number } | null }

/** Appends who moved an application to which status and when; the history itself cannot be edited by hand. */
export const recordStatusChange: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const previous = originalDoc?.status as string | undefined
  const next = (data.status as string | undefined) ?? previous ?? 'new'
  if (operation === 'update' && next === previous) return data
  const now = new Date().toISOString()
  const history = ((originalDoc?.statusHistory ?? []) as HistoryEntry[]).map((entry) => ({
    ...entry,
    changedBy: typeof entry.changedBy === 'object' && entry.changedBy ? entry.changedBy.id : entry.changedBy,
  }))
  const changedBy = req.user?.collection === 'users' ? (req.user.id as number) : null
  return { ...data, status: next, statusChangedAt: now, statusHistory: [...history, { status: next, changedAt: now, changedBy }] }
}
