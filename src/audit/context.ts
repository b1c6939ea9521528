import type { AuditAction } from './actions'

export const AUDIT_AS = 'linliAuditAs'
export const AUDIT_SEEN = 'linliAuditSeen'

/**
 * Context for a Local API read that is more than a read: `payload.find({ …, context: auditAs('export') })`
 * makes the personal-data hook record an export instead of a list view.
 */
export const auditAs = (action: Extract<AuditAction, 'export'>) => ({ [AUDIT_AS]: action })
