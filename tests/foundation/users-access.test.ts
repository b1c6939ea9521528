import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { actors, permitted, type Actor } from '../helpers/access'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, createTestUser, loginOverHttp, type TeamUsers, type TestUser } from '../helpers/users'

let payload: Payload
let team: TeamUsers
let target: TestUser
const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : team[actor])

beforeAll(async () => {
  payload = await getTestPayload()
  team = await createTeamUsers(payload)
  target = await createTestUser(payload, 'contributor', 'target')
})

describe('users: Local API with overrideAccess false', () => {
  const expected: Record<string, Record<Actor, boolean>> = {
    create: { anonymous: false, contributor: false, editor: false, admin: true },
    readOthers: { anonymous: false, contributor: false, editor: true, admin: true },
    updateOthers: { anonymous: false, contributor: false, editor: false, admin: true },
    delete: { anonymous: false, contributor: false, editor: false, admin: true },
  }

  it.each(actors)('%s creates users only when admin', async (actor) => {
    const ok = await permitted(() =>
      payload.create({
        collection: 'users',
        data: { email: `new-${actor}-${Date.now()}@test.linli.local`, password: 'long-enough-pw', name: 'New', role: 'contributor' },
        user: userOf(actor),
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(expected.create[actor])
  })

  it.each(actors)('%s reads another user only when staff', async (actor) => {
    const ok = await permitted(() => payload.findByID({ collection: 'users', id: target.id, user: userOf(actor), overrideAccess: false }))
    expect(ok).toBe(expected.readOthers[actor])
  })

  it.each(actors)('%s updates another user only when admin', async (actor) => {
    const ok = await permitted(() =>
      payload.update({ collection: 'users', id: target.id, data: { name: `renamed by ${actor}` }, user: userOf(actor), overrideAccess: false }),
    )
    expect(ok).toBe(expected.updateOthers[actor])
  })

  it.each(actors)('%s deletes users only when admin', async (actor) => {
    const victim = await createTestUser(payload, 'contributor', `victim-${actor}`)
    const ok = await permitted(() => payload.delete({ collection: 'users', id: victim.id, user: userOf(actor), overrideAccess: false }))
    expect(ok).toBe(expected.delete[actor])
  })

  it('a contributor reads and updates itself but cannot change its own role', async () => {
    const self = await createTestUser(payload, 'contributor', 'self')
    const mine = await payload.findByID({ collection: 'users', id: self.id, user: self, overrideAccess: false })
    expect(mine.email).toBe(self.email)
    const updated = await payload.update({
      collection: 'users',
      id: self.id,
      data: { name: 'Still me', role: 'admin' },
      user: self,
      overrideAccess: false,
    })
    expect(updated.name).toBe('Still me')
    const stored = await payload.findByID({ collection: 'users', id: self.id })
    expect(stored.role).toBe('contributor')
  })

  it('an editor cannot promote anyone, an admin can', async () => {
    const person = await createTestUser(payload, 'contributor', 'promote')
    await payload.update({ collection: 'users', id: person.id, data: { role: 'admin' }, user: team.editor, overrideAccess: false }).catch(() => undefined)
    expect((await payload.findByID({ collection: 'users', id: person.id })).role).toBe('contributor')
    await payload.update({ collection: 'users', id: person.id, data: { role: 'editor' }, user: team.admin, overrideAccess: false })
    expect((await payload.findByID({ collection: 'users', id: person.id })).role).toBe('editor')
  })

  it('a contributor listing users sees only itself', async () => {
    const list = await payload.find({ collection: 'users', user: team.contributor, overrideAccess: false, limit: 100 })
    expect(list.docs.map((u) => u.id)).toEqual([team.contributor.id])
  })
})

describe('users over HTTP', () => {
  const auth: Partial<Record<Actor, string>> = {}
  beforeAll(async () => {
    for (const actor of ['contributor', 'editor', 'admin'] as const) auth[actor] = await loginOverHttp(siteUrl(), team[actor])
  })
  const headers = (actor: Actor) => ({ 'content-type': 'application/json', ...(auth[actor] ? { authorization: auth[actor] } : {}) })

  it.each(actors)('%s: GET /api/users/:id of someone else', async (actor) => {
    const res = await fetch(`${siteUrl()}/api/users/${target.id}`, { headers: headers(actor) })
    expect(res.status === 200).toBe(actor === 'editor' || actor === 'admin')
  })

  it.each(actors)('%s: POST /api/users', async (actor) => {
    const res = await fetch(`${siteUrl()}/api/users`, {
      method: 'POST',
      headers: headers(actor),
      body: JSON.stringify({ email: `http-${actor}-${Date.now()}@test.linli.local`, password: 'long-enough-pw', name: 'Http', role: 'admin' }),
    })
    expect(res.status === 201).toBe(actor === 'admin')
  })

  it.each(actors)('%s: PATCH /api/users/:id of someone else', async (actor) => {
    const res = await fetch(`${siteUrl()}/api/users/${target.id}`, { method: 'PATCH', headers: headers(actor), body: JSON.stringify({ name: `http ${actor}` }) })
    expect(res.status === 200).toBe(actor === 'admin')
  })

  it.each(actors)('%s: DELETE /api/users/:id', async (actor) => {
    const victim = await createTestUser(payload, 'contributor', `http-victim-${actor}`)
    const res = await fetch(`${siteUrl()}/api/users/${victim.id}`, { method: 'DELETE', headers: headers(actor) })
    expect(res.status === 200).toBe(actor === 'admin')
  })

  it('a contributor cannot make itself admin over HTTP', async () => {
    const res = await fetch(`${siteUrl()}/api/users/${team.contributor.id}`, {
      method: 'PATCH',
      headers: headers('contributor'),
      body: JSON.stringify({ role: 'admin' }),
    })
    expect(res.status).toBeLessThan(500)
    expect((await payload.findByID({ collection: 'users', id: team.contributor.id })).role).toBe('contributor')
  })

  it('GraphQL lists no users to anonymous visitors', async () => {
    const res = await fetch(`${siteUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
    })
    const body = (await res.json()) as { data?: { Users: unknown }; errors?: unknown[] }
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })
})
