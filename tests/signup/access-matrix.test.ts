import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { actors, permitted, type Actor } from '../helpers/access'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'
import { createSignupActivity, randomPhone } from './fixtures'

type Operation = 'read' | 'list' | 'create' | 'update' | 'delete'
const staff = { anonymous: false, contributor: false, editor: true, admin: true }
const nobody = { anonymous: false, contributor: false, editor: false, admin: false }
const admin = { anonymous: false, contributor: false, editor: false, admin: true }
/** Sign-ups are personal data: social workers (editors) and admins only; nobody creates one past the commands. */
const rules: Record<Operation, Record<Actor, boolean>> = { read: staff, list: staff, create: nobody, update: staff, delete: admin }

let payload: Payload
let users: TeamUsers
let activityId: number
const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor])

async function newSignup(): Promise<number> {
  const outcome = await signUp(databasePool(payload), { activityId, name: '矩阵居民', phone: randomPhone(), email: 'matrix@test.linli.local', partySize: 1 })
  if (outcome.kind !== 'confirmed' && outcome.kind !== 'waitlisted') throw new Error(outcome.kind)
  return outcome.id
}
const data = () => ({ activity: activityId, name: '冒名', partySize: 1, status: 'confirmed' })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  activityId = (await createSignupActivity(payload, { capacity: 1000 })).id
})

describe('signups: Local API with overrideAccess false', () => {
  it.each(actors)('%s', async (actor) => {
    const id = await newSignup()
    const ctx = { user: userOf(actor), overrideAccess: false } as const
    const outcome: Record<Operation, boolean> = {
      read: await permitted(() => payload.findByID({ collection: 'signups', id, ...ctx })),
      list: (await payload.find({ collection: 'signups', ...ctx }).catch(() => ({ docs: [] }))).docs.length > 0,
      create: await permitted(() => payload.create({ collection: 'signups', data: data() as never, ...ctx })),
      update: await permitted(() => payload.update({ collection: 'signups', id, data: { staffNotes: `备注 ${actor}` }, ...ctx })),
      delete: await permitted(() => payload.delete({ collection: 'signups', id, ...ctx })),
    }
    expect(outcome).toEqual(Object.fromEntries(Object.entries(rules).map(([op, by]) => [op, by[actor]])))
  })

  it('staff never see the private token, and cannot change the counted fields behind the lock', async () => {
    const id = await newSignup()
    const read = await payload.findByID({ collection: 'signups', id, user: users.editor, overrideAccess: false })
    expect(read).not.toHaveProperty('token')
    expect(read).not.toHaveProperty('idempotencyKey')
    expect(read.name).toBe('矩阵居民')
    await payload.update({ collection: 'signups', id, data: { partySize: 9, status: 'cancelled', name: '改名' } as never, user: users.admin, overrideAccess: false })
    const after = await payload.findByID({ collection: 'signups', id, user: users.admin, overrideAccess: false })
    expect(after).toMatchObject({ partySize: 1, status: 'confirmed', name: '改名' })
  })
})

describe('signups: REST and GraphQL', () => {
  const auth: Partial<Record<Actor, string>> = {}
  beforeAll(async () => {
    for (const actor of ['contributor', 'editor', 'admin'] as const) auth[actor] = await loginOverHttp(siteUrl(), users[actor])
  })
  const headers = (actor: Actor): Record<string, string> => ({ 'content-type': 'application/json', ...(auth[actor] ? { authorization: auth[actor]! } : {}) })

  it.each(actors)('%s over REST', async (actor) => {
    const id = await newSignup()
    const api = `${siteUrl()}/api/signups`
    const call = (path: string, init: RequestInit = {}) => fetch(`${api}${path}`, { ...init, headers: headers(actor) })
    const list = await call('?limit=5')
    const listed = list.status === 200 ? ((await list.json()) as { docs: unknown[] }).docs.length > 0 : false
    const outcome: Record<Operation, boolean> = {
      read: (await call(`/${id}`)).status === 200,
      list: listed,
      create: (await call('', { method: 'POST', body: JSON.stringify(data()) })).status === 201,
      update: (await call(`/${id}`, { method: 'PATCH', body: JSON.stringify({ staffNotes: 'HTTP' }) })).status === 200,
      delete: (await call(`/${id}`, { method: 'DELETE' })).status === 200,
    }
    expect(outcome).toEqual(Object.fromEntries(Object.entries(rules).map(([op, by]) => [op, by[actor]])))
  })

  it.each(actors)('%s over GraphQL', async (actor) => {
    const id = await newSignup()
    const gql = async (query: string) =>
      (await (await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers: headers(actor), body: JSON.stringify({ query }) })).json()) as {
        data?: Record<string, unknown> | null
        errors?: unknown[]
      }
    const one = await gql(`{ Signup(id: ${id}) { id name phone } }`)
    const many = await gql('{ Signups(limit: 5) { docs { id name phone } } }')
    const created = await gql(`mutation { createSignup(data: { activity: ${activityId}, name: "冒名", partySize: 1 }) { id } }`)
    const readable = Boolean((one.data?.Signup as { name?: string } | null)?.name)
    const listed = ((many.data?.Signups as { docs?: unknown[] } | null)?.docs?.length ?? 0) > 0
    expect({ read: readable, list: listed, create: Boolean((created.data?.createSignup as { id?: number } | null)?.id) }).toEqual({
      read: rules.read[actor],
      list: rules.list[actor],
      create: false,
    })
    // The private link's token is never handed out, not even to staff.
    const token = await gql(`{ Signup(id: ${id}) { token idempotencyKey } }`)
    const secret = token.data?.Signup as { token?: string | null; idempotencyKey?: string | null } | null | undefined
    expect(secret?.token ?? null).toBeNull()
    expect(secret?.idempotencyKey ?? null).toBeNull()
  })

  it('no public route or feed carries a sign-up', async () => {
    const id = await newSignup()
    const row = (await databasePool(payload).query('select reference, name, phone from signups where id = $1', [id])).rows[0]
    // Search for the name (a search page repeats its own query, so searching for the phone would find it in the search box).
    for (const path of ['/search?q=' + encodeURIComponent(row.name), '/feed.xml', '/calendar.ics', '/sitemap.xml']) {
      const text = await (await fetch(`${siteUrl()}${path}`)).text()
      expect(text).not.toContain(row.phone)
      expect(text).not.toContain(row.reference)
    }
  })
})
