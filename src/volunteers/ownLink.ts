import type { Endpoint, Payload } from 'payload'

import { siteUrl } from '@/lib/content/paths'
import { drawQr, FONT, MM, privatePdfResponse, renderPdf } from '@/print/pdf'
import { newLinkToken } from './collections/Volunteers/hooks/linkToken'
import { notFound, refuseUnlessStaff } from './endpoints/http'

export const ownLinkUrl = (token: string) => `${siteUrl()}/my-service/${token}`

export type OwnRecords = {
  name: string
  totalHours: number
  records: { activityName: string; date: string; hours: number; place: string }[]
}

/**
 * What a volunteer's private link shows: their own valid records and hours, nothing about anyone
 * else. Tokens are 144 random bits; renewing one makes the old link stop working.
 */
export async function recordsForToken(payload: Payload, token: string): Promise<OwnRecords | null> {
  if (!/^[A-Za-z0-9_-]{20,40}$/.test(token)) return null
  const found = await payload.find({ collection: 'volunteers', where: { and: [{ linkToken: { equals: token } }, { anonymisedAt: { exists: false } }] }, depth: 0, limit: 1, overrideAccess: true, select: { name: true } })
  const volunteer = found.docs[0]
  if (!volunteer) return null
  const records = await payload.find({
    collection: 'service-records',
    where: { and: [{ volunteer: { equals: volunteer.id } }, { voided: { not_equals: true } }] },
    depth: 0,
    pagination: false,
    sort: '-date',
    overrideAccess: true,
    select: { activityName: true, date: true, hours: true, place: true },
  })
  const list = records.docs.map((r) => ({ activityName: r.activityName, date: r.date, hours: Number(r.hours), place: r.place ?? '' }))
  return { name: volunteer.name, totalHours: Math.round(list.reduce((s, r) => s + r.hours, 0) * 100) / 100, records: list }
}

/** POST /api/volunteers/:id/renew-link — revoke the private link and make a new one. */
export const renewLinkEndpoint: Endpoint = {
  path: '/:id/renew-link',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const id = Number(req.routeParams?.id)
    const token = newLinkToken()
    const updated = await req.payload.update({ collection: 'volunteers', id, data: { linkToken: token } as never, context: { renewLinkToken: false }, overrideAccess: true, depth: 0, req }).catch(() => null)
    return updated ? Response.json({ token }) : notFound()
  },
}

/** GET /api/volunteers/:id/link-slip.pdf — a small slip with the private link's QR, to hand over. */
export const linkSlipEndpoint: Endpoint = {
  path: '/:id/link-slip.pdf',
  method: 'get',
  handler: async (req) => {
    const refused = refuseUnlessStaff(req)
    if (refused) return refused
    const v = await req.payload.findByID({ collection: 'volunteers', id: Number(req.routeParams?.id), depth: 0, disableErrors: true, overrideAccess: false, user: req.user, req })
    if (!v?.linkToken) return notFound()
    const url = ownLinkUrl(v.linkToken)
    const pdf = await renderPdf({ title: '我的志愿服务记录' }, (doc) => {
      const x = 20 * MM
      doc.font(FONT.bold).fontSize(16).text(`${v.name}：我的志愿服务记录`, x, 20 * MM)
      doc.font(FONT.regular).fontSize(10).text('扫码查看您本人的服务记录和时长。请妥善保管，不要转发给他人；遗失请告诉社工换新。', x, 30 * MM, { width: 110 * MM })
      drawQr(doc, url, { x, y: 45 * MM, size: 40 * MM })
      doc.fontSize(8).text(url, x, 88 * MM, { width: 110 * MM })
    })
    return privatePdfResponse(pdf, `slip-${v.id}.pdf`)
  },
}
