import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { decodeQr, pdfText, renderPage } from '../helpers/pdf'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'

describe('GET /api/activities/:id/poster.pdf', () => {
  let payload: Payload
  let users: TeamUsers
  let id: number
  let slug: string
  beforeAll(async () => {
    payload = await getTestPayload()
    users = await createTeamUsers(payload)
    slug = `poster-http-${Date.now().toString(36)}`
    id = (
      await payload.create({
        collection: 'activities',
        locale: 'zh',
        data: { title: '邻里节：百家宴', slug, kind: 'festival', festival: 'linlijie', startsAt: '2027-01-10T02:00:00.000Z', endsAt: '2027-01-10T06:00:00.000Z', _status: 'published' },
      })
    ).id
  })

  it('serves the team a poster whose QR opens the activity page, and answers 304 while it is unchanged', async () => {
    const auth = await loginOverHttp(siteUrl(), users.contributor)
    const res = await fetch(`${siteUrl()}/api/activities/${id}/poster.pdf`, { headers: { authorization: auth } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await res.arrayBuffer())
    expect((await pdfText(pdf)).text.replace(/\s+/g, '')).toContain('邻里节：百家宴')
    expect(await decodeQr(renderPage(pdf))).toMatch(new RegExp(`/activities/${slug}$`))
    const again = await fetch(`${siteUrl()}/api/activities/${id}/poster.pdf`, { headers: { authorization: auth, 'if-none-match': res.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('is refused to visitors', async () => {
    expect((await fetch(`${siteUrl()}/api/activities/${id}/poster.pdf`)).status).toBe(401)
  })
})
