import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { recordAudit } from '@/audit'
import { purgeExpiredAuditEntries } from '@/audit/jobs/purgeExpiredAuditEntries'
import { anonymiseExpiredApplications } from '@/recruitment/jobs/anonymiseExpiredApplications'
import type { Application, AuditEntry } from '@/payload-types'
import { actors, type Actor } from '../helpers/access'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'
import { paperApplication } from '../recruitment/helpers/fixtures'

let payload: Payload
let users: TeamUsers
const auth: Partial<Record<Actor, string>> = {}

const newApplication = async (data: Partial<Application> = {}) =>
  (await payload.create({ collection: 'applications', data: { ...paperApplication(), ...data }, overrideAccess: true })) as Application

async function newestId(): Promise<number> {
  const { rows } = await payload.db.pool.query('select coalesce(max(id), 0)::int as id from audit_entries')
  return rows[0].id
}

/** The entries written while `run` ran. */
async function entriesOf(run: () => Promise<unknown>): Promise<AuditEntry[]> {
  const since = await newestId()
  await run()
  const { docs } = await payload.find({ collection: 'audit-entries', where: { id: { greater_than: since } }, sort: 'id', pagination: false, overrideAccess: true })
  return docs as AuditEntry[]
}

function headers(actor: Actor): Record<string, string> {
  return { 'content-type': 'application/json', ...(auth[actor] ? { authorization: auth[actor]! } : {}) }
}
const rest = (actor: Actor, method: string, path: string, body?: unknown) =>
  fetch(`${siteUrl()}/api${path}`, { method, headers: headers(actor), body: body === undefined ? undefined : JSON.stringify(body) })
const graphql = async (actor: Actor, query: string) =>
  (await (await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers: headers(actor), body: JSON.stringify({ query }) })).json()) as {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string }>
  }

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createTeamUsers(payload)
  for (const role of ['contributor', 'editor', 'admin'] as const) auth[role] = await loginOverHttp(siteUrl(), users[role])
})

describe('each access to personal data writes exactly one entry', () => {
  it('opening an application (REST): one “view” naming the person acting, the document and the channel, and none of its data', async () => {
    const app = await newApplication({ name: '审计测试甲', notes: '住在三号院' })
    const entries = await entriesOf(async () => expect((await rest('editor', 'GET', `/applications/${app.id}`)).status).toBe(200))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'view', resource: 'applications', documents: String(app.id), count: 1, actorId: users.editor.id, actorEmail: users.editor.email, actorRole: 'editor', via: 'rest' })
    const text = JSON.stringify(entries[0])
    for (const value of [app.name, app.phone, '住在三号院']) expect(text).not.toContain(value)
  })

  it('a list view or search (REST and GraphQL): one “list” with the ids shown, not the search', async () => {
    const [a, b] = [await newApplication({ name: '审计列表甲' }), await newApplication({ name: '审计列表乙' })]
    const listed = await entriesOf(async () => expect((await rest('editor', 'GET', `/applications?where[name][like]=审计列表&limit=10`)).status).toBe(200))
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ action: 'list', count: 2 })
    expect(listed[0]!.documents!.split(', ').sort()).toEqual([String(a.id), String(b.id)].sort())
    expect(JSON.stringify(listed[0])).not.toContain('审计列表')

    const viaGraphql = await entriesOf(async () => expect((await graphql('admin', `{ Applications(limit: 5) { docs { id } } }`)).errors ?? []).toEqual([]))
    expect(viaGraphql).toHaveLength(1)
    expect(viaGraphql[0]).toMatchObject({ action: 'list', via: 'graphql', actorId: users.admin.id })
  })

  it('a CSV export: one “export” (and no separate list entry)', async () => {
    await newApplication()
    const entries = await entriesOf(async () => {
      const res = await rest('editor', 'GET', '/applications/export.csv')
      expect(res.status).toBe(200)
      await res.text()
    })
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'export', resource: 'applications', actorId: users.editor.id })
    expect(entries[0]!.count).toBeGreaterThan(0)
  })

  it('a deletion: one “delete”', async () => {
    const app = await newApplication()
    const entries = await entriesOf(async () => expect((await rest('admin', 'DELETE', `/applications/${app.id}`)).status).toBe(200))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'delete', documents: String(app.id), actorId: users.admin.id })
  })

  it('the retention job’s anonymisation: one “anonymise” by the system, listing what it anonymised', async () => {
    const old = new Date(Date.now() - 3 * 365 * 24 * 3600 * 1000).toISOString()
    const app = await newApplication({ status: 'declined' })
    await payload.db.updateOne({ collection: 'applications', id: app.id, data: { statusChangedAt: old }, returning: false })
    const entries = await entriesOf(() => anonymiseExpiredApplications(payload))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'anonymise', resource: 'applications', via: 'system', actorName: '系统 System' })
    expect(entries[0]!.documents!.split(', ')).toContain(String(app.id))
  })

  it('revealing a masked field through the API other collections use: one “reveal” naming the field', async () => {
    // What a volunteers endpoint hands over: the request of the person who clicked “show the full ID number”.
    const req = { payload, user: { ...users.editor, collection: 'users' }, payloadAPI: 'local', context: {} } as unknown as PayloadRequest
    const entries = await entriesOf(() => recordAudit({ req }, { action: 'reveal', collection: 'volunteers', ids: [42], field: 'idNumber' }))
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'reveal', resource: 'volunteers', documents: '42', field: 'idNumber', actorId: users.editor.id, via: 'admin' })
  })

  it('reads by the system (mail jobs, no user) are not recorded; nor are refused reads', async () => {
    const app = await newApplication()
    const entries = await entriesOf(async () => {
      await payload.findByID({ collection: 'applications', id: app.id, overrideAccess: true })
      expect((await rest('contributor', 'GET', `/applications/${app.id}`)).status).toBe(403)
      expect((await rest('anonymous', 'GET', `/applications`)).status).toBe(403)
    })
    expect(entries).toEqual([])
  })
})

describe('nobody can change or delete an entry', () => {
  let entry: AuditEntry
  beforeAll(async () => {
    const app = await newApplication()
    ;[entry] = await entriesOf(() => payload.findByID({ collection: 'applications', id: app.id, overrideAccess: false, user: users.admin }))
  })

  describe.each(actors)('as %s', (actor) => {
    const user = () => (actor === 'anonymous' ? undefined : users[actor])

    it('Local API with overrideAccess: false: no create, update or delete; read for admins only', async () => {
      const opts = { overrideAccess: false as const, user: user() }
      await expect(payload.create({ collection: 'audit-entries', data: { at: new Date().toISOString(), action: 'view', resource: 'applications' }, ...opts })).rejects.toMatchObject({ status: 403 })
      await expect(payload.update({ collection: 'audit-entries', id: entry.id, data: { documents: 'forged' }, ...opts })).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'audit-entries', id: entry.id, ...opts })).rejects.toMatchObject({ status: 403 })
      const read = payload.findByID({ collection: 'audit-entries', id: entry.id, ...opts })
      if (actor === 'admin') await expect(read).resolves.toMatchObject({ id: entry.id })
      else await expect(read).rejects.toMatchObject({ status: 403 })
    })

    it('REST and GraphQL: no create, update or delete; read for admins only', async () => {
      expect((await rest(actor, 'POST', '/audit-entries', { at: new Date().toISOString(), action: 'view', resource: 'x' })).status).toBe(403)
      expect((await rest(actor, 'PATCH', `/audit-entries/${entry.id}`, { documents: 'forged' })).status).toBe(403)
      expect((await rest(actor, 'DELETE', `/audit-entries/${entry.id}`)).status).toBe(403)
      expect((await rest(actor, 'GET', `/audit-entries/${entry.id}`)).status).toBe(actor === 'admin' ? 200 : 403)
      const update = await graphql(actor, `mutation { updateAuditEntry(id: ${entry.id}, data: { documents: "forged" }) { id } }`)
      const remove = await graphql(actor, `mutation { deleteAuditEntry(id: ${entry.id}) { id } }`)
      for (const answer of [update, remove]) {
        expect(answer.errors?.length ?? 0).toBeGreaterThan(0)
        expect(answer.errors!.map((e) => e.message).join(' ')).not.toMatch(/Cannot query field/)
      }
    })
  })

  it('not even with overrideAccess (Payload refuses), nor in SQL (a trigger refuses)', async () => {
    await expect(payload.update({ collection: 'audit-entries', id: entry.id, data: { documents: 'forged' }, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.delete({ collection: 'audit-entries', id: entry.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
    await expect(payload.db.pool.query('update audit_entries set documents = $1 where id = $2', ['forged', entry.id])).rejects.toThrow(/cannot be changed or deleted/)
    await expect(payload.db.pool.query('delete from audit_entries where id = $1', [entry.id])).rejects.toThrow(/cannot be changed or deleted/)
    await expect(payload.db.pool.query('truncate audit_entries')).rejects.toThrow(/cannot be changed or deleted/)
    const kept = (await payload.findByID({ collection: 'audit-entries', id: entry.id, overrideAccess: true })) as AuditEntry
    expect(kept.documents).toBe(entry.documents)
  })
})

describe('the trail’s own retention', () => {
  it('deletes entries older than the setting (default 3 years) and keeps the rest', async () => {
    const year = 365.25 * 24 * 3600 * 1000
    const make = async (ageYears: number) =>
      (await payload.create({ collection: 'audit-entries', data: { at: new Date(Date.now() - ageYears * year).toISOString(), action: 'view', resource: 'retention-test' }, overrideAccess: true })).id
    const [old, recent] = [await make(3.1), await make(2.9)]
    expect(await purgeExpiredAuditEntries(payload)).toBeGreaterThanOrEqual(1)
    const left = await payload.find({ collection: 'audit-entries', where: { id: { in: [old, recent] } }, overrideAccess: true })
    expect(left.docs.map((d) => d.id)).toEqual([recent])

    await payload.updateGlobal({ slug: 'audit-settings', data: { retentionYears: 1 }, overrideAccess: true })
    try {
      await purgeExpiredAuditEntries(payload)
      expect((await payload.find({ collection: 'audit-entries', where: { id: { equals: recent } }, overrideAccess: true })).totalDocs).toBe(0)
    } finally {
      await payload.updateGlobal({ slug: 'audit-settings', data: { retentionYears: 3 }, overrideAccess: true })
    }
  })
})
