import type { Payload } from 'payload'

import { maskName } from './idNumber'
import { chinaDate } from './workingDays'

export type Verification = {
  number: string
  maskedName: string
  totalHours: number
  periodFrom: string
  periodTo: string
  issuer: string
  issuedOn: string
  revoked: boolean
  revokedOn: string | null
}

/** What the public check of a certificate shows: the masked name and the certificate's facts, nothing else. */
export async function verifyCertificate(payload: Payload, number: string): Promise<Verification | null> {
  if (!/^LL-\d{4}-[A-Z0-9]{6}$/.test(number)) return null
  const found = await payload.find({ collection: 'certificates', where: { number: { equals: number } }, limit: 1, depth: 0, overrideAccess: true })
  const c = found.docs[0]
  if (!c) return null
  return {
    number: c.number ?? number,
    maskedName: maskName(c.name ?? ''),
    totalHours: c.totalHours ?? 0,
    periodFrom: chinaDate(c.periodFrom),
    periodTo: chinaDate(c.periodTo),
    issuer: c.recordingUnit || c.teamName || '',
    issuedOn: chinaDate(c.issuedAt ?? c.createdAt),
    revoked: Boolean(c.revokedAt),
    revokedOn: c.revokedAt ? chinaDate(c.revokedAt) : null,
  }
}
