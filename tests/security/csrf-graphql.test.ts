import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTestUser, type TestUser } from '../helpers/users'

let editor: TestUser
let cookie: string

beforeAll(async () => {
  editor = await createTestUser(await getTestPayload(), 'editor', 'csrf-editor')
  const res = await fetch(`${siteUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: siteUrl() },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  })
  expect(res.status).toBe(200)
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
  expect(cookie).toMatch(/-token=/)
})

async function createTopic(headers: Record<string, string>): Promise<number> {
  const res = await fetch(`${siteUrl()}/api/topics`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, ...headers },
    body: JSON.stringify({ name: `csrf ${Date.now()} ${Math.random()}` }),
  })
  await res.arrayBuffer()
  return res.status
}

describe('CSRF: a session cookie only counts on requests from the site itself', () => {
  it('accepts a state change from the site origin', async () => {
    expect(await createTopic({ origin: new URL(siteUrl()).origin })).toBe(201)
  })

  it('ignores the cookie on a request from another origin', async () => {
    expect(await createTopic({ origin: 'https://evil.example' })).toBe(403)
  })

  it('ignores the cookie on a cross-site request without Origin', async () => {
    expect(await createTopic({ 'sec-fetch-site': 'cross-site' })).toBe(403)
  })

  it('does not let another origin read the API from a browser (CORS)', async () => {
    const res = await fetch(`${siteUrl()}/api/topics`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
    expect(res.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(res.headers.get('access-control-allow-origin')).not.toBe('*')
  })
})

describe('GraphQL limits', () => {
  async function query(q: string): Promise<{ status: number; body: { errors?: Array<{ message: string }>; data?: unknown } }> {
    const res = await fetch(`${siteUrl()}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q }) })
    return { status: res.status, body: (await res.json()) as { errors?: Array<{ message: string }> } }
  }

  it('answers an ordinary query', async () => {
    const { body } = await query('{ Topics(limit: 1) { docs { id name } } }')
    expect(body.errors ?? []).toEqual([])
  })

  it('refuses a query nested deeper than the limit', async () => {
    const nested = `${'ofType { '.repeat(10)}name${' }'.repeat(10)}`
    const { body } = await query(`{ __type(name: "Query") { fields { type { ${nested} } } } }`)
    expect(body.errors?.map((e) => e.message).join(' ')).toMatch(/nested \d+ levels deep; the limit is 8/)
  })
})
