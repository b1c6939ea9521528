import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Application } from '@/payload-types'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers, type TestUser } from '../helpers/users'
import { paperApplication } from './helpers/fixtures'

type Role = 'anonymous' | 'contributor' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'contributor', 'editor', 'admin']
const allowed = (role: Role) => role === 'editor' || role === 'admin'

let payload: Payload
let users: TeamUsers
const auth: Partial<Record<Role, string>> = {}

async function newApplication(): Promise<Application> {
  return (await payload.create({ collection: 'applications', data: paperApplication(), overrideAccess: true })) as Application
}

const userFor = (role: Role): TestUser | undefined => (role === 'anonymous' ? undefined : users[role])

async function rest(role: Role, method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (auth[role]) headers.authorization = auth[role]!
  return fetch(`${siteUrl()}/api${path}`, { method, headers, body: body ? JSON.stringify(body) : undefined })
}

async function graphql(role: Role, query: string, variables: Record<string, unknown> = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (auth[role]) headers.authorization = auth[role]!
  const res = await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) })
  return (await res.json()) as { data?: Record<string, unknown> | null; errors?: { message: string }[] }
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  for (const role of ['contributor', 'editor', 'admin'] as const) auth[role] = await loginOverHttp(siteUrl(), users[role])
})

describe.each(roles)('applications, as %s', (role) => {
  const expectation = allowed(role) ? 'may' : 'may not'

  describe('Local API with overrideAccess: false', () => {
    const opts = () => ({ overrideAccess: false as const, user: userFor(role) })

    it(`${expectation} create`, async () => {
      const attempt = payload.create({ collection: 'applications', data: paperApplication(), ...opts() })
      if (allowed(role)) await expect(attempt).resolves.toMatchObject({ source: 'paper' })
      else await expect(attempt).rejects.toMatchObject({ status: 403 })
    })

    it(`${expectation} read`, async () => {
      const app = await newApplication()
      const [list, one] = await Promise.allSettled([
        payload.find({ collection: 'applications', ...opts() }),
        payload.findByID({ collection: 'applications', id: app.id, ...opts() }),
      ])
      if (allowed(role)) {
        expect(list.status === 'fulfilled' && list.value.totalDocs).toBeGreaterThan(0)
        expect(one.status === 'fulfilled' && one.value.name).toBe('赵大爷')
      } else {
        expect(list).toMatchObject({ status: 'rejected', reason: { status: 403 } })
        expect(one).toMatchObject({ status: 'rejected', reason: { status: 403 } })
      }
    })

    it(`${expectation} update`, async () => {
      const app = await newApplication()
      const attempt = payload.update({ collection: 'applications', id: app.id, data: { notes: '已电话联系' }, ...opts() })
      if (allowed(role)) await expect(attempt).resolves.toMatchObject({ notes: '已电话联系' })
      else await expect(attempt).rejects.toMatchObject({ status: 403 })
    })

    it(`${expectation} delete`, async () => {
      const app = await newApplication()
      const attempt = payload.delete({ collection: 'applications', id: app.id, ...opts() })
      if (allowed(role)) await expect(attempt).resolves.toMatchObject({ id: app.id })
      else await expect(attempt).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('REST', () => {
    it(`${expectation} create (the public applies only through the form route)`, async () => {
      const res = await rest(role, 'POST', '/applications', paperApplication())
      expect(res.status).toBe(allowed(role) ? 201 : 403)
    })

    it(`${expectation} read`, async () => {
      const app = await newApplication()
      const list = await rest(role, 'GET', '/applications?limit=5')
      const one = await rest(role, 'GET', `/applications/${app.id}`)
      const count = await rest(role, 'GET', '/applications/count')
      expect(list.status).toBe(allowed(role) ? 200 : 403)
      expect(one.status).toBe(allowed(role) ? 200 : 403)
      expect(count.status).toBe(allowed(role) ? 200 : 403)
      const text = await one.text()
      if (!allowed(role)) expect(text).not.toContain(app.phone as string)
    })

    it(`${expectation} update`, async () => {
      const app = await newApplication()
      const res = await rest(role, 'PATCH', `/applications/${app.id}`, { notes: 'x' })
      expect(res.status).toBe(allowed(role) ? 200 : 403)
    })

    it(`${expectation} delete`, async () => {
      const app = await newApplication()
      const res = await rest(role, 'DELETE', `/applications/${app.id}`)
      expect(res.status).toBe(allowed(role) ? 200 : 403)
      expect(await payload.count({ collection: 'applications', where: { id: { equals: app.id } } })).toMatchObject({ totalDocs: allowed(role) ? 0 : 1 })
    })
  })

  describe('GraphQL', () => {
    const denied = (r: { data?: Record<string, unknown> | null; errors?: { message: string }[] }, key: string) => {
      expect(r.errors?.length).toBeGreaterThan(0)
      expect(r.data?.[key] ?? null).toBeNull()
    }

    it(`${expectation} create`, async () => {
      const r = await graphql(role, 'mutation($d: mutationApplicationInput!) { createApplication(data: $d) { id } }', { d: { ...paperApplication(), consent: { onPaper: true } } })
      if (allowed(role)) expect(r.data?.createApplication).toMatchObject({ id: expect.any(Number) })
      else denied(r, 'createApplication')
    })

    it(`${expectation} read`, async () => {
      const app = await newApplication()
      const list = await graphql(role, '{ Applications { docs { id name phone } } }')
      const one = await graphql(role, 'query($id: Int!) { Application(id: $id) { id name phone } }', { id: app.id })
      if (allowed(role)) {
        expect((list.data?.Applications as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
        expect(one.data?.Application).toMatchObject({ name: '赵大爷' })
      } else {
        denied(list, 'Applications')
        denied(one, 'Application')
      }
    })

    it(`${expectation} update`, async () => {
      const app = await newApplication()
      const r = await graphql(role, 'mutation($id: Int!) { updateApplication(id: $id, data: { notes: "y" }) { id notes } }', { id: app.id })
      if (allowed(role)) expect(r.data?.updateApplication).toMatchObject({ notes: 'y' })
      else denied(r, 'updateApplication')
    })

    it(`${expectation} delete`, async () => {
      const app = await newApplication()
      const r = await graphql(role, 'mutation($id: Int!) { deleteApplication(id: $id) { id } }', { id: app.id })
      if (allowed(role)) expect(r.data?.deleteApplication).toMatchObject({ id: app.id })
      else denied(r, 'deleteApplication')
    })
  })
})

describe('around applications', () => {
  it('the collection is hidden in the admin from contributors', () => {
    const hidden = payload.config.collections.find((c) => c.slug === 'applications')!.admin.hidden as (args: { user: unknown }) => boolean
    expect(hidden({ user: users.contributor })).toBe(true)
    expect(hidden({ user: users.editor })).toBe(false)
    expect(hidden({ user: users.admin })).toBe(false)
  })

  it('the recruitment settings (staff addresses) are not public', async () => {
    expect((await rest('anonymous', 'GET', '/globals/recruitment-settings')).status).toBe(403)
    expect((await rest('contributor', 'GET', '/globals/recruitment-settings')).status).toBe(403)
    expect((await rest('editor', 'GET', '/globals/recruitment-settings')).status).toBe(200)
  })

  it('the jobs (mail queue and its errors) are visible to admins only', async () => {
    for (const role of ['anonymous', 'contributor', 'editor'] as const) expect((await rest(role, 'GET', '/payload-jobs')).status).toBe(403)
    expect((await rest('admin', 'GET', '/payload-jobs')).status).toBe(200)
  })

  it('staff cannot forge the reference, the source or the status history; a status change is recorded with who and when', async () => {
    const res = await rest('editor', 'POST', '/applications', { ...paperApplication(), reference: 'LL-AAAAAA', statusHistory: [{ status: 'accepted', changedAt: '2020-01-01T00:00:00Z' }] })
    const { doc } = (await res.json()) as { doc: Application }
    expect(doc.reference).toMatch(/^LL-/)
    expect(doc.reference).not.toBe('LL-AAAAAA')
    expect(doc.statusHistory).toHaveLength(1)
    expect(doc.statusHistory?.[0]).toMatchObject({ status: 'new' })

    const patched = await rest('editor', 'PATCH', `/applications/${doc.id}?depth=0`, { status: 'contacted', reference: 'LL-CCCCCC', source: 'online', statusHistory: [] })
    const updated = ((await patched.json()) as { doc: Application }).doc
    expect(updated.reference).toBe(doc.reference)
    expect(updated.source).toBe('paper')
    expect(updated.statusHistory?.map((h) => h.status)).toEqual(['new', 'contacted'])
    expect(updated.statusHistory?.[1].changedBy).toBe(users.editor.id)
    expect(updated.daysWaiting).toBe(0)
  })

  it('no side door: document locks and relationships never populate an application for others', async () => {
    const app = await newApplication()
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'applications', value: app.id }, user: { relationTo: 'users', value: users.editor.id } },
      overrideAccess: true,
    })
    for (const role of ['anonymous', 'contributor'] as const) {
      const res = await rest(role, 'GET', '/payload-locked-documents?depth=2&limit=100')
      expect(await res.text()).not.toContain(app.phone as string)
    }
  })

  it('a paper application needs the paper consent ticked', async () => {
    const res = await rest('editor', 'POST', '/applications', { ...paperApplication(), consent: { onPaper: false } })
    expect(res.status).toBe(400)
  })
})
