import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { actors, permitted, type Actor } from '../helpers/access'
import { tinyPdf } from '../helpers/files'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'

type Operation = 'readPublished' | 'readDraft' | 'createDraft' | 'publish' | 'updateDraft' | 'delete'
const yes = { anonymous: true, contributor: true, editor: true, admin: true }
const team = { anonymous: false, contributor: true, editor: true, admin: true }
const staff = { anonymous: false, contributor: false, editor: true, admin: true }

type Rules = Record<Operation, Record<Actor, boolean>>
const draftedByContributors: Rules = { readPublished: yes, readDraft: team, createDraft: team, publish: staff, updateDraft: team, delete: staff }
const staffOnly: Rules = { readPublished: yes, readDraft: team, createDraft: staff, publish: staff, updateDraft: staff, delete: staff }

const now = Date.now()
const samples: Record<string, { rules: Rules; data: () => Record<string, unknown>; gql: string }> = {
  stories: { rules: draftedByContributors, data: () => ({ title: `矩阵故事 ${Math.random()}` }), gql: 'Stories' },
  activities: {
    rules: draftedByContributors,
    data: () => ({ title: `矩阵活动 ${Math.random()}`, kind: 'tea-service', startsAt: new Date(now + 864e5).toISOString(), endsAt: new Date(now + 900e5).toISOString() }),
    gql: 'Activities',
  },
  'recruitment-calls': {
    rules: staffOnly,
    data: () => ({ title: `矩阵招募 ${Math.random()}`, role: '茶座志愿者', opensAt: new Date(now).toISOString(), closesAt: new Date(now + 864e6).toISOString() }),
    gql: 'RecruitmentCalls',
  },
  cases: { rules: staffOnly, data: () => ({ title: `矩阵案例 ${Math.random()}` }), gql: 'Cases' },
}

let payload: Payload
let users: TeamUsers
const userOf = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor])

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
})

for (const [slug, sample] of Object.entries(samples)) {
  const collection = slug as CollectionSlug
  const create = (status: 'draft' | 'published') =>
    payload.create({ collection, data: { ...sample.data(), _status: status } as never, draft: status === 'draft', context: { disableRevalidate: true } })

  describe(`${slug}: Local API with overrideAccess false`, () => {
    it.each(actors)('%s', async (actor) => {
      const user = userOf(actor)
      const rules = sample.rules
      const published = await create('published')
      const draft = await create('draft')
      const ctx = { user, overrideAccess: false, context: { disableRevalidate: true } } as const

      const outcome: Record<Operation, boolean> = {
        readPublished: await permitted(() => payload.findByID({ collection, id: published.id, ...ctx })),
        readDraft: await permitted(() => payload.findByID({ collection, id: draft.id, draft: true, ...ctx })),
        createDraft: await permitted(() => payload.create({ collection, data: { ...sample.data(), _status: 'draft' } as never, draft: true, ...ctx })),
        publish: await permitted(() => payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, ...ctx })),
        updateDraft: await permitted(() => payload.update({ collection, id: published.id, data: { title: `改稿 ${actor}` } as never, draft: true, ...ctx })),
        delete: await permitted(() => payload.delete({ collection, id: published.id, ...ctx })),
      }
      const expected = Object.fromEntries(Object.entries(rules).map(([op, byActor]) => [op, byActor[actor]]))
      expect(outcome).toEqual(expected)
    })

    it('anonymous lists only published documents', async () => {
      await create('draft')
      const list = await payload.find({ collection, overrideAccess: false, limit: 200, depth: 0 })
      expect(list.docs.length).toBeGreaterThan(0)
      expect(list.docs.every((d) => (d as { _status?: string })._status === 'published')).toBe(true)
    })

    it('a contributor saving a published document without the draft flag cannot publish changes', async () => {
      const published = await create('published')
      const attempt = payload.update({
        collection,
        id: published.id,
        data: { title: '偷偷发布' } as never,
        user: users.contributor,
        overrideAccess: false,
        context: { disableRevalidate: true },
      })
      await expect(attempt).rejects.toMatchObject({ status: 403 })
      const stored = await payload.findByID({ collection, id: published.id })
      expect((stored as { title?: string }).title).not.toBe('偷偷发布')
    })
  })

  describe(`${slug}: REST and GraphQL`, () => {
    const auth: Partial<Record<Actor, string>> = {}
    beforeAll(async () => {
      for (const actor of ['contributor', 'editor', 'admin'] as const) auth[actor] = await loginOverHttp(siteUrl(), users[actor])
    })
    const headers = (actor: Actor): Record<string, string> => ({ 'content-type': 'application/json', ...(auth[actor] ? { authorization: auth[actor]! } : {}) })

    it.each(actors)('%s', async (actor) => {
      const rules = sample.rules
      const published = await create('published')
      const draft = await create('draft')
      const api = `${siteUrl()}/api/${slug}`
      const status = async (path: string, init: RequestInit = {}) => (await fetch(`${api}${path}`, { ...init, headers: headers(actor) })).status
      const outcome: Record<Operation, boolean> = {
        readPublished: (await status(`/${published.id}`)) === 200,
        readDraft: (await status(`/${draft.id}?draft=true`)) === 200,
        createDraft: (await status('?draft=true', { method: 'POST', body: JSON.stringify({ ...sample.data(), _status: 'draft' }) })) === 201,
        publish: (await status(`/${draft.id}`, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) })) === 200,
        updateDraft: (await status(`/${published.id}?draft=true`, { method: 'PATCH', body: JSON.stringify({ title: `HTTP 改稿 ${actor}` }) })) === 200,
        delete: (await status(`/${published.id}`, { method: 'DELETE' })) === 200,
      }
      const expected = Object.fromEntries(Object.entries(rules).map(([op, byActor]) => [op, byActor[actor]]))
      expect(outcome).toEqual(expected)
    })

    it('GraphQL gives anonymous visitors published documents only', async () => {
      const draft = await create('draft')
      const res = await fetch(`${siteUrl()}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ ${sample.gql}(limit: 100, sort: "-createdAt", draft: true) { docs { id _status } } }` }),
      })
      const body = (await res.json()) as { data: Record<string, { docs: { id: number; _status: string }[] }> }
      expect((body as { errors?: unknown }).errors).toBeUndefined()
      const docs = body.data[sample.gql].docs
      expect(docs.length).toBeGreaterThan(0)
      expect(docs.some((d) => d.id === draft.id)).toBe(false)
      expect(docs.every((d) => d._status === 'published')).toBe(true)
    })
  })
}

describe('taxonomies and media', () => {
  const simple: { collection: CollectionSlug; data: () => Record<string, unknown>; create: Record<Actor, boolean>; remove: Record<Actor, boolean> }[] = [
    { collection: 'topics', data: () => ({ name: `主题 ${Math.random()}` }), create: staff, remove: staff },
    { collection: 'courtyards', data: () => ({ name: `院落 ${Math.random()}` }), create: staff, remove: staff },
  ]
  for (const entry of simple) {
    it.each(actors)(`${entry.collection}: %s`, async (actor) => {
      const user = userOf(actor)
      const existing = await payload.create({ collection: entry.collection, data: entry.data() as never, context: { disableRevalidate: true } })
      const ctx = { user, overrideAccess: false, context: { disableRevalidate: true } } as const
      expect(await permitted(() => payload.findByID({ collection: entry.collection, id: existing.id, ...ctx }))).toBe(true)
      expect(await permitted(() => payload.create({ collection: entry.collection, data: entry.data() as never, ...ctx }))).toBe(entry.create[actor])
      expect(await permitted(() => payload.update({ collection: entry.collection, id: existing.id, data: entry.data() as never, ...ctx }))).toBe(entry.create[actor])
      expect(await permitted(() => payload.delete({ collection: entry.collection, id: existing.id, ...ctx }))).toBe(entry.remove[actor])
      const rest = await fetch(`${siteUrl()}/api/${entry.collection}/${existing.id}`)
      expect(rest.status === 200 || rest.status === 404).toBe(true)
    })
  }

  it.each(actors)('media: %s', async (actor) => {
    const user = userOf(actor)
    const pdf = tinyPdf()
    const upload = () => ({ data: pdf, mimetype: 'application/pdf', name: `case-${Math.random()}.pdf`, size: pdf.length })
    const existing = await payload.create({ collection: 'media', data: { alt: 'pdf' }, file: upload() })
    const ctx = { user, overrideAccess: false } as const
    expect(await permitted(() => payload.findByID({ collection: 'media', id: existing.id, ...ctx }))).toBe(true)
    expect(await permitted(() => payload.create({ collection: 'media', data: { alt: 'x' }, file: upload(), ...ctx }))).toBe(team[actor])
    expect(await permitted(() => payload.update({ collection: 'media', id: existing.id, data: { caption: 'c' }, ...ctx }))).toBe(team[actor])
    expect(await permitted(() => payload.delete({ collection: 'media', id: existing.id, ...ctx }))).toBe(staff[actor])
  })
})
