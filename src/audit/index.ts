/**
 * The audit trail of personal data. A collection that holds personal data adds one hook:
 *   hooks: { afterOperation: [recordPersonalDataAccess] }
 * An export reads with `context: auditAs('export')`; anything else (revealing a masked field, the
 * system's own anonymisation) calls `recordAudit` once.
 */
export { auditActions, type AuditAction } from './actions'
export { auditAs } from './context'
export { recordPersonalDataAccess } from './hooks/recordPersonalDataAccess'
export { recordAudit, type AuditEvent } from './record'
