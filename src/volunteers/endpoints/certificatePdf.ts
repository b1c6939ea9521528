import type { Endpoint } from 'payload'

import { privatePdfResponse } from '@/print/pdf'
import { certificatePdf } from '../certificates'
import { chinaDate } from '../workingDays'
import { notFound, refuseUnlessStaff } from './http'

/** GET /api/certificates/:id/certificate.pdf — the A4 certificate, for staff (drawn from the snapshot). */
export const certificatePdfEndpoint: Endpoint = {
  path: '/:id/certificate.pdf',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const c = await req.payload.findByID({ collection: 'certificates', id: Number(req.routeParams?.id), depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    if (!c || !c.number) return notFound()
    const pdf = await certificatePdf({
      number: c.number,
      name: c.name ?? '',
      totalHours: c.totalHours ?? 0,
      byKind: (c.byKind as never) ?? [],
      teamName: c.teamName ?? '',
      recordingUnit: c.recordingUnit ?? '',
      periodFrom: chinaDate(c.periodFrom),
      periodTo: chinaDate(c.periodTo),
      issuedAt: chinaDate(c.issuedAt ?? c.createdAt),
    })
    return privatePdfResponse(pdf, `certificate-${c.number}.pdf`)
  },
}
