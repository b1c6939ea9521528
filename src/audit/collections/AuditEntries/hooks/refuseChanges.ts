import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

class AuditTrailIsAppendOnly extends APIError {
  constructor() {
    super('访问记录不能修改或删除。Audit entries cannot be changed or deleted.', 403, undefined, true)
    this.name = 'Forbidden'
  }
}

/**
 * Entries are written once. Even code that skips access control (the Local API's default) cannot
 * change or delete one through Payload; the database refuses it too (a trigger), and only the
 * retention job removes entries past their time, in SQL.
 */
export const refuseUpdates: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation !== 'create') throw new AuditTrailIsAppendOnly()
  return data
}

export const refuseDeletes: CollectionBeforeDeleteHook = () => {
  throw new AuditTrailIsAppendOnly()
}
