import type { Endpoint } from 'payload'

import { activitiesToRecord, recordActivity, recordingDefaults } from '../recording'
import { countingRule } from '../workingDays'
import { badRequest, jsonBody, notFound, refuseUnlessStaff } from './http'

/** GET /api/service-records/to-record — activities still to record, with Art. 11 working days left. */
const toRecord: Endpoint = {
  path: '/to-record',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    return Response.json({ rule: countingRule, activities: await activitiesToRecord(req.payload, new Date(), 60, req) }, { headers: { 'cache-control': 'private, no-store' } })
  },
}

/** GET /api/service-records/record-activity/:id — the one-step form's defaults (duties × the activity's length). */
const defaults: Endpoint = {
  path: '/record-activity/:id',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const found = await recordingDefaults(req.payload, Number(req.routeParams?.id), req)
    return found ? Response.json(found, { headers: { 'cache-control': 'private, no-store' } }) : notFound()
  },
}

/** POST /api/service-records/record-activity/:id { entries: [{ volunteer, hours, role? }], personInCharge? } */
const record: Endpoint = {
  path: '/record-activity/:id',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    const body = await jsonBody(req)
    const entries = Array.isArray(body.entries) ? body.entries : []
    const clean = entries
      .map((e) => e as { volunteer?: unknown; hours?: unknown; role?: unknown })
      .map((e) => ({ volunteer: Number(e.volunteer), hours: Number(e.hours), role: typeof e.role === 'string' ? e.role : undefined }))
      .filter((e) => Number.isInteger(e.volunteer) && Number.isFinite(e.hours) && e.hours >= 0 && e.hours <= 24)
    if (clean.length === 0) return badRequest('请至少确认一位服务的志愿者 / Confirm at least one volunteer who served')
    const exists = await req.payload.findByID({ collection: 'activities', id, depth: 0, disableErrors: true, draft: true, req })
    if (!exists) return notFound()
    const result = await recordActivity(req, id, clean, typeof body.personInCharge === 'string' ? body.personInCharge : undefined)
    return Response.json(result, { status: 201 })
  },
}

export const recordActivityEndpoints = [toRecord, defaults, record]
