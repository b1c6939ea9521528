import type { CollectionAfterOperationHook } from 'payload'

import type { AuditAction } from '../actions'
import { AUDIT_AS, AUDIT_SEEN } from '../context'
import { recordAudit } from '../record'

type WithId = { id?: number | string }
const idsOf = (docs: unknown): Array<number | string> =>
  Array.isArray(docs) ? docs.map((d) => (d as WithId)?.id).filter((id): id is number | string => id !== undefined) : []

/**
 * The one line a collection of personal data adds (`hooks: { afterOperation: [recordPersonalDataAccess] }`):
 * a person opening a document, a list view or search that shows some, an export (see `auditAs`), and any
 * deletion each write one entry to the audit trail. Reads by the system (mail jobs, the site's own
 * lookups without a user) are not a person reading and are not recorded; deletions always are.
 */
export const recordPersonalDataAccess: CollectionAfterOperationHook = async ({ args, collection, operation, req, result }) => {
  // Payload populating a relationship (its dataloader reads with disableErrors) is part of the read that
  // asked for it: an application's mentor shown in its export is not a second export, of volunteers.
  if ((args as { disableErrors?: boolean } | undefined)?.disableErrors === true) return result
  let action: AuditAction | undefined
  let ids: Array<number | string> = []
  const person = req.user?.collection === 'users'
  if (operation === 'findByID' && person && result) {
    action = 'view'
    ids = idsOf([result])
  } else if (operation === 'find' && person) {
    action = req.context?.[AUDIT_AS] === 'export' ? 'export' : 'list'
    ids = idsOf((result as { docs?: unknown })?.docs)
  } else if (operation === 'deleteByID' && result) {
    action = 'delete'
    ids = idsOf([result])
  } else if (operation === 'delete') {
    action = 'delete'
    ids = idsOf((result as { docs?: unknown })?.docs)
  }
  if (!action || (ids.length === 0 && action !== 'export')) return result
  // One entry per thing done: Payload's admin can read the same document twice while rendering one page.
  const key = `${action}:${collection.slug}:${ids.join(',')}`
  const seen = ((req.context ??= {})[AUDIT_SEEN] ??= new Set<string>()) as Set<string>
  if (seen.has(key)) return result
  seen.add(key)
  await recordAudit({ req }, { action, collection: collection.slug, ids })
  return result
}
