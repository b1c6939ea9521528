import type { Endpoint, PayloadRequest } from 'payload'

import { recordAudit } from '@/audit'
import { newLinkToken } from './collections/Volunteers/hooks/linkToken'
import { notFound, refuseUnlessStaff } from './endpoints/http'

/**
 * A volunteer who has left can ask to be forgotten: their personal data goes (name replaced by a
 * placeholder, contact, note, ID number, account link, private link), their service records stay
 * (the rules set no retention period, and the team's totals must not change). Recorded in the audit trail.
 */
export async function anonymiseVolunteer(req: PayloadRequest, id: number): Promise<boolean> {
  const found = await req.payload.findByID({ collection: 'volunteers', id, depth: 0, disableErrors: true, overrideAccess: true, req })
  if (!found) return false
  await req.payload.update({
    collection: 'volunteers',
    id,
    data: {
      name: `已匿名志愿者 #${id}`,
      mobile: null,
      email: null,
      note: null,
      courtyard: null,
      user: null,
      skills: [],
      availability: [],
      idConsent: false,
      status: 'left',
      anonymisedAt: new Date().toISOString(),
      linkToken: newLinkToken(),
    } as never,
    overrideAccess: true,
    depth: 0,
    req,
  })
  await recordAudit({ req }, { action: 'anonymise', collection: 'volunteers', ids: [id] })
  return true
}

/** POST /api/volunteers/:id/anonymise */
export const anonymiseEndpoint: Endpoint = {
  path: '/:id/anonymise',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    return (await anonymiseVolunteer(req, Number(req.routeParams?.id))) ? Response.json({ anonymised: true }) : notFound()
  },
}
