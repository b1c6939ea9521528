import type { Payload, PayloadRequest } from 'payload'

import { signInClient } from '@/lib/security/signInClient'
import type { AuditAction, AuditChannel } from './actions'

export const AUDIT_COLLECTION = 'audit-entries'

export type AuditEvent = {
  action: AuditAction
  /** The collection the personal data lives in (e.g. 'applications'). */
  collection: string
  /** Which documents: ids only, never their contents. */
  ids: Array<number | string>
  /** For a reveal: which field was shown in full (e.g. 'idNumber'). */
  field?: string
}

type Actor = { id?: number | string; name?: string | null; email?: string | null; role?: string | null; collection?: string }

function channelOf(req: PayloadRequest | undefined): AuditChannel {
  const user = req?.user as Actor | null | undefined
  if (!user || user.collection !== 'users') return 'system'
  if (req?.payloadAPI === 'REST') return 'rest'
  if (req?.payloadAPI === 'GraphQL') return 'graphql'
  return 'admin'
}

/**
 * Writes one entry of the trail: who (the signed-in person, or the system), when, what they did to
 * which documents of which collection, and through what. It never copies the data itself, nor the
 * search or filter that found it (that could be a name or a phone number).
 * Pass the request of the person acting; pass only `payload` for the system's own work (jobs).
 */
export async function recordAudit(by: { req: PayloadRequest } | { payload: Payload }, event: AuditEvent): Promise<void> {
  const req = 'req' in by ? by.req : undefined
  const payload = 'req' in by ? by.req.payload : by.payload
  const user = req?.user as Actor | null | undefined
  const person = user && user.collection === 'users' ? user : undefined
  const ids = [...new Set(event.ids.map(String))]
  await payload.create({
    collection: AUDIT_COLLECTION,
    data: {
      at: new Date().toISOString(),
      action: event.action,
      resource: event.collection,
      documents: ids.join(', '),
      count: ids.length,
      field: event.field,
      actorId: person ? Number(person.id) : undefined,
      actorName: person ? (person.name ?? undefined) : '系统 System',
      actorEmail: person?.email ?? undefined,
      actorRole: person?.role ?? undefined,
      via: channelOf(req),
      client: req?.headers ? signInClient(req.headers) : undefined,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
