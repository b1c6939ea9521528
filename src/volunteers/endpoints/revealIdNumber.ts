import type { Endpoint } from 'payload'

import { recordAudit } from '@/audit'
import { decryptIdNumber } from '../idNumber'
import { notFound, refuseUnlessStaff } from './http'

/**
 * POST /api/volunteers/:id/reveal-id — the full ID-card number, for staff, once per request;
 * every reveal is written to the audit trail (who, when, which volunteer; never the number).
 */
export const revealIdNumber: Endpoint = {
  path: '/:id/reveal-id',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return notFound()
    const row = (await req.payload.db.findOne({ collection: 'volunteers', where: { id: { equals: id } }, req })) as { idNumberCipher?: string | null } | null
    if (!row) return notFound()
    if (!row.idNumberCipher) return Response.json({ idNumber: null })
    const idNumber = decryptIdNumber(row.idNumberCipher)
    await recordAudit({ req }, { action: 'reveal', collection: 'volunteers', ids: [id], field: 'idNumber' })
    return Response.json({ idNumber }, { headers: { 'cache-control': 'private, no-store' } })
  },
}
