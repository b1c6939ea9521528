import type { Endpoint } from 'payload'

import { createVolunteerFromApplication } from '../fromApplication'
import { notFound, refuseUnlessStaff } from './http'

/** POST /api/volunteers/from-application/:id — accept an application and make its volunteer in one action. */
export const fromApplication: Endpoint = {
  path: '/from-application/:id',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    if (!Number.isInteger(id)) return notFound()
    const application = await req.payload.findByID({ collection: 'applications', id, depth: 0, disableErrors: true, req, overrideAccess: false, user: req.user })
    if (!application) return notFound()
    let volunteerId: number
    if (application.status !== 'accepted') {
      const updated = await req.payload.update({ collection: 'applications', id, data: { status: 'accepted' }, depth: 0, req, overrideAccess: false, user: req.user })
      volunteerId = Number((updated as { volunteer?: unknown }).volunteer) || (await createVolunteerFromApplication(req, updated as never))
    } else {
      volunteerId = await createVolunteerFromApplication(req, application as never)
    }
    return Response.json({ volunteer: volunteerId })
  },
}
