import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { actors, permitted, type Actor } from '../helpers/access'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'

/**
 * Volunteers, service records, duties and certificates are staff-only personal data: admins and
 * social workers (editors) read and write them; contributors and visitors get nothing, over the
 * Local API, REST and GraphQL. Records and certificates are never deleted, not even by an admin.
 */
type Operation = 'read' | 'list' | 'create' | 'update' | 'delete'
const staff = { anonymous: false, contributor: false, editor: true, admin: true }
const none = { anonymous: false, contributor: false, editor: false, admin: false }
type Rules = Record<Operation, Record<Actor, boolean>>
const staffOnly: Rules = { read: staff, list: staff, create: staff, update: staff, delete: staff }
const keptStaffOnly: Rules = { ...staffOnly, delete: none }

let payload: Payload
let users: TeamUsers
let volunteerId: number
let activityId: number
const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor])
const rnd = () => Math.random().toString(36).slice(2, 8)

const samples: Record<string, { rules: Rules; gql: string; data: () => Record<string, unknown>; change: Record<string, unknown> }> = {
  volunteers: { rules: staffOnly, gql: 'Volunteers', data: () => ({ name: `矩阵志愿者${rnd()}`, status: 'regular' }), change: { note: '改' } },
  'service-records': {
    rules: keptStaffOnly,
    gql: 'ServiceRecords',
    data: () => ({ volunteer: volunteerId, activityName: `矩阵记录${rnd()}`, date: '2026-05-06T02:00:00.000Z', hours: 2, kind: 'tea-service' }),
    change: { place: '活动室', correctionReason: '补地点' },
  },
  duties: { rules: staffOnly, gql: 'Duties', data: () => ({ activity: activityId, role: 'tea', needed: 2, volunteers: [volunteerId] }), change: { needed: 3 } },
  certificates: { rules: keptStaffOnly, gql: 'Certificates', data: () => ({ volunteer: volunteerId, periodFrom: '2026-01-01', periodTo: '2026-06-30' }), change: { revokeReason: '' } },
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  volunteerId = (await payload.create({ collection: 'volunteers', data: { name: `矩阵${rnd()}`, status: 'core' } })).id
  activityId = (
    await payload.create({
      collection: 'activities',
      data: { title: `矩阵活动${rnd()}`, kind: 'tea-service', startsAt: '2026-05-06T02:00:00.000Z', endsAt: '2026-05-06T04:00:00.000Z', _status: 'published' },
      context: { disableRevalidate: true },
    })
  ).id
})

for (const [slug, sample] of Object.entries(samples)) {
  const collection = slug as CollectionSlug
  const existing = () => payload.create({ collection, data: sample.data() as never })

  describe(`${slug}: Local API with overrideAccess false`, () => {
    it.each(actors)('%s', async (actor) => {
      const user = userOf(actor)
      const doc = await existing()
      const ctx = { user, overrideAccess: false } as const
      const outcome: Record<Operation, boolean> = {
        read: await permitted(() => payload.findByID({ collection, id: doc.id, ...ctx })),
        list: await permitted(async () => ((await payload.find({ collection, ...ctx, depth: 0 })).docs.length > 0 ? true : null)),
        create: await permitted(() => payload.create({ collection, data: sample.data() as never, ...ctx })),
        update: await permitted(() => payload.update({ collection, id: doc.id, data: sample.change as never, ...ctx })),
        delete: await permitted(() => payload.delete({ collection, id: doc.id, ...ctx })),
      }
      expect(outcome).toEqual(Object.fromEntries(Object.entries(sample.rules).map(([op, by]) => [op, by[actor]])))
    })
  })

  describe(`${slug}: REST and GraphQL`, () => {
    const auth: Partial<Record<Actor, string>> = {}
    beforeAll(async () => {
      for (const actor of ['contributor', 'editor', 'admin'] as const) auth[actor] = await loginOverHttp(siteUrl(), users[actor])
    })
    const headers = (actor: Actor): Record<string, string> => ({ 'content-type': 'application/json', ...(auth[actor] ? { authorization: auth[actor]! } : {}) })

    it.each(actors)('REST: %s', async (actor) => {
      const doc = await existing()
      const api = `${siteUrl()}/api/${slug}`
      const call = async (path: string, init: RequestInit = {}) => fetch(`${api}${path}`, { ...init, headers: headers(actor) })
      const list = await call('?depth=0&limit=5')
      const listed = list.status === 200 && ((await list.json()) as { docs: unknown[] }).docs.length > 0
      const outcome: Record<Operation, boolean> = {
        read: (await call(`/${doc.id}`)).status === 200,
        list: listed,
        create: (await call('', { method: 'POST', body: JSON.stringify(sample.data()) })).status === 201,
        update: (await call(`/${doc.id}`, { method: 'PATCH', body: JSON.stringify(sample.change) })).status === 200,
        delete: (await call(`/${doc.id}`, { method: 'DELETE' })).status === 200,
      }
      expect(outcome).toEqual(Object.fromEntries(Object.entries(sample.rules).map(([op, by]) => [op, by[actor]])))
    })

    it.each(actors)('GraphQL: %s', async (actor) => {
      const doc = await existing()
      const res = await fetch(`${siteUrl()}/api/graphql`, {
        method: 'POST',
        headers: headers(actor),
        body: JSON.stringify({ query: `{ ${sample.gql}(where: { id: { equals: ${doc.id} } }) { docs { id } } }` }),
      })
      const body = (await res.json()) as { data?: Record<string, { docs: { id: number }[] } | null>; errors?: unknown[] }
      const docs = body.data?.[sample.gql]?.docs ?? []
      expect(docs.some((d) => d.id === doc.id)).toBe(staff[actor])
      if (!staff[actor]) expect(docs).toEqual([])
    })
  })
}

describe('the ID-card number over HTTP', () => {
  it('is never in REST or GraphQL answers; a reveal is for staff only and writes an audit entry', async () => {
    const v = await payload.create({ collection: 'volunteers', data: { name: `身份证${rnd()}`, idConsent: true, idNumber: '51012419600101123X' } as never })
    const editor = await loginOverHttp(siteUrl(), users.editor)
    const contributor = await loginOverHttp(siteUrl(), users.contributor)
    const rest = await (await fetch(`${siteUrl()}/api/volunteers/${v.id}`, { headers: { authorization: editor } })).text()
    expect(rest).not.toContain('51012419600101123X')
    expect(rest).toContain('510***********123X')
    expect(rest).not.toContain('idNumberCipher')
    const gql = await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers: { authorization: editor, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Volunteers(limit: 500) { docs { id idNumberMasked } } }' }) })
    expect(await gql.text()).not.toContain('51012419600101123X')
    const csv = await (await fetch(`${siteUrl()}/api/volunteers/export.csv?idNumber=masked`, { headers: { authorization: editor } })).text()
    expect(csv).not.toContain('51012419600101123X')
    expect(csv).toContain('510***********123X')

    expect((await fetch(`${siteUrl()}/api/volunteers/${v.id}/reveal-id`, { method: 'POST', headers: { authorization: contributor } })).status).toBe(403)
    expect((await fetch(`${siteUrl()}/api/volunteers/${v.id}/reveal-id`, { method: 'POST' })).status).toBe(401)
    const reveal = await fetch(`${siteUrl()}/api/volunteers/${v.id}/reveal-id`, { method: 'POST', headers: { authorization: editor } })
    expect(await reveal.json()).toEqual({ idNumber: '51012419600101123X' })
    const audit = await payload.find({ collection: 'audit-entries', where: { and: [{ action: { equals: 'reveal' } }, { resource: { equals: 'volunteers' } }, { documents: { equals: String(v.id) } }] }, depth: 0 })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ field: 'idNumber', actorId: users.editor.id })
    const exports = await payload.find({ collection: 'audit-entries', where: { and: [{ action: { equals: 'export' } }, { resource: { equals: 'volunteers' } }] }, depth: 0 })
    expect(exports.docs.length).toBeGreaterThan(0)
  })

  it('the public certificate check shows the masked name and, once revoked, says so', async () => {
    const v = await payload.create({ collection: 'volunteers', data: { name: `彩虹奶奶${rnd()}`, status: 'core' } })
    await payload.create({ collection: 'service-records', data: { volunteer: v.id, activityName: '茶座', date: '2026-05-06T02:00:00.000Z', hours: 3, kind: 'tea-service' } })
    const c = await payload.create({ collection: 'certificates', data: { volunteer: v.id, periodFrom: '2026-01-01', periodTo: '2026-12-31' } as never })
    const page = await (await fetch(`${siteUrl()}/verify/${c.number}`)).text()
    expect(page).toContain('彩*')
    expect(page).not.toContain(v.name)
    expect(page).toContain('data-status="valid"')
    await payload.update({ collection: 'certificates', id: c.id, data: { revoke: true, revokeReason: '测试作废' } as never })
    const after = await (await fetch(`${siteUrl()}/verify/${c.number}`)).text()
    expect(after).toContain('data-status="revoked"')
    expect((await fetch(`${siteUrl()}/verify/LL-2026-NOSUCH`)).status).toBe(404)
    const editor = await loginOverHttp(siteUrl(), users.editor)
    const pdf = await fetch(`${siteUrl()}/api/certificates/${c.id}/certificate.pdf`, { headers: { authorization: editor } })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect((await fetch(`${siteUrl()}/api/certificates/${c.id}/certificate.pdf`)).status).toBe(401)
  })

  it("the volunteer's own page shows their records only", async () => {
    const me = await payload.create({ collection: 'volunteers', data: { name: `本人${rnd()}`, status: 'core' } })
    const other = await payload.create({ collection: 'volunteers', data: { name: `他人${rnd()}`, status: 'core' } })
    await payload.create({ collection: 'service-records', data: { volunteer: me.id, activityName: '本人的包饺子', date: '2026-05-06T02:00:00.000Z', hours: 2, kind: 'festival' } })
    await payload.create({ collection: 'service-records', data: { volunteer: other.id, activityName: '他人的茶座', date: '2026-05-06T02:00:00.000Z', hours: 2, kind: 'tea-service' } })
    const res = await fetch(`${siteUrl()}/my-service/${me.linkToken}`)
    const html = await res.text()
    expect(res.status).toBe(200)
    expect(html).toContain('本人的包饺子')
    expect(html).not.toContain('他人的茶座')
    expect(html).not.toContain(other.name)
    expect((await fetch(`${siteUrl()}/my-service/${'x'.repeat(24)}`)).status).toBe(404)
  })
})
