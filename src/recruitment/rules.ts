import { newReference } from './reference'
import { normalisePhone } from './phone'

/**
 * The rules every stored application follows, however it is written: the collection's hooks apply
 * them to what staff enter in the admin (or any Local API write), and the public store
 * (`store.ts`, one SQL statement for speed) takes its values from the same functions.
 */

/** Every application, online or taken on paper, gets a reference; a clash is caught by the unique index and retried by the caller. */
export function referenceFor(given?: unknown): string {
  return typeof given === 'string' && given ? given : newReference()
}

/** Staff typing a paper form in may write “138-0013-8000”: stored as 11 digits like online ones. */
export function storedPhone(value: string): string {
  return normalisePhone(value) ?? value.trim()
}

export type StatusEntry = { status: string; changedAt: string; changedBy: number | null }

/**
 * A new application starts as `new`; every later change of status is recorded with who made it
 * and when. Returns undefined when an update leaves the status as it was.
 */
export function statusChange(args: { previous?: string; next?: string; operation: 'create' | 'update'; changedBy: number | null; now?: string }):
  | { status: string; statusChangedAt: string; entry: StatusEntry }
  | undefined {
  const status = args.next ?? args.previous ?? 'new'
  if (args.operation === 'update' && status === args.previous) return undefined
  const now = args.now ?? new Date().toISOString()
  return { status, statusChangedAt: now, entry: { status, changedAt: now, changedBy: args.changedBy } }
}
