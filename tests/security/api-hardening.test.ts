import { inject } from 'vitest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { startSiteServer, type SiteServer } from '../helpers/site-server'
import { createTestUser, loginOverHttp } from '../helpers/users'

type GraphqlAnswer = { status: number; body: { data?: unknown; errors?: Array<{ message: string }> } }

async function graphql(base: string, query: string, variables?: Record<string, unknown>): Promise<GraphqlAnswer> {
  const res = await fetch(`${base}/api/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) })
  return { status: res.status, body: (await res.json()) as GraphqlAnswer['body'] }
}
const messages = (answer: GraphqlAnswer) => (answer.body.errors ?? []).map((e) => e.message).join('\n')
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`

// A second server of the same build and database, whose log the test reads, with a GraphQL time limit of 1 ms.
let logged: SiteServer
beforeAll(async () => {
  await seed(await getTestPayload())
  logged = await startSiteServer(
    { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: inject('payloadSecret'), MAIL_DIR: inject('mailDir'), MEDIA_DIR: inject('mediaDir'), LINLI_RUN_JOBS: 'off', GRAPHQL_TIME_LIMIT_MS: '1' },
    120_000,
  )
}, 300_000)
afterAll(async () => {
  await logged?.stop()
})

/** What the server logged while `run` ran. */
async function logOf(run: () => Promise<unknown>): Promise<string> {
  const before = logged.output().length
  await run()
  await new Promise((r) => setTimeout(r, 300))
  return logged.output().slice(before)
}

describe('GraphQL: the cost of a query counts list sizes and aliases (finding 1)', () => {
  it('refuses 160 aliases of Stories(limit: 100) without running them', async () => {
    const answer = await graphql(siteUrl(), aliases(160, 'Stories(limit: 100) { docs { id } }'))
    expect(answer.body.data ?? null).toBeNull()
    expect(messages(answer)).toMatch(/160 aliases; at most 10/)
  })

  it('refuses more than 10 aliases even of small lists', async () => {
    expect(messages(await graphql(siteUrl(), aliases(11, 'Topics(limit: 1) { docs { id } }')))).toMatch(/11 aliases/)
  })

  it('counts a list by its limit: 1000 stories are over the budget, pagination: false and limit: 0 too', async () => {
    for (const list of ['Stories(limit: 1000)', 'Stories(pagination: false)', 'Stories(limit: 0)']) {
      const answer = await graphql(siteUrl(), `{ ${list} { docs { id } } }`)
      expect(answer.body.data ?? null, list).toBeNull()
      expect(messages(answer), list).toMatch(/The query costs \d+; the limit is 2000/)
    }
  })

  it('still answers a page of 100 stories and a few aliases', async () => {
    const answer = await graphql(siteUrl(), `{ a: Stories(limit: 100) { docs { id title } } b: Topics(limit: 5) { docs { id name } } }`)
    expect(answer.body.errors ?? []).toEqual([])
    expect((answer.body.data as { a: { docs: unknown[] } }).a.docs.length).toBeGreaterThan(0)
  })

  it('stops starting work once a request is past its time limit', async () => {
    const answer = await graphql(logged.url, `{ Stories(limit: 5) { docs { id cover { id } topics { id } } } Topics(limit: 5) { docs { id } } }`)
    expect(messages(answer)).toMatch(/time limit/)
  })
})

describe('REST: limit and depth have a ceiling (finding 1)', () => {
  it('answers 400 to an anonymous ?limit=100000, ?limit=0, ?pagination=false and ?depth=5', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'depth=5']) {
      const res = await fetch(`${siteUrl()}/api/stories?${query}`)
      const body = (await res.json()) as { errors?: Array<{ message: string }> }
      expect(res.status, query).toBe(400)
      expect(body.errors?.[0]?.message, query).toMatch(/At most 100 documents|Read in pages|at most 2 levels/)
    }
  })

  it('answers pages of up to 100 to anyone, and more to people signed in (the admin)', async () => {
    expect((await fetch(`${siteUrl()}/api/stories?limit=100&depth=2`)).status).toBe(200)
    const auth = await loginOverHttp(siteUrl(), await createTestUser(await getTestPayload(), 'editor', 'limits-editor'))
    expect((await fetch(`${siteUrl()}/api/stories?limit=500&depth=3`, { headers: { authorization: auth } })).status).toBe(200)
  })

  it("caps what the caller asks for, not the reads Payload makes for it (the session lookup, first-register, the job runner)", async () => {
    const admin = await createTestUser(await getTestPayload(), 'admin', 'limits-admin')
    const auth = await loginOverHttp(siteUrl(), admin)
    // The session lookup reads users while the request is still anonymous; a large page must not sign the admin out.
    const users = await fetch(`${siteUrl()}/api/users?limit=500`, { headers: { authorization: auth } })
    expect(users.status, await users.text()).toBe(200)
    const jobs = await fetch(`${siteUrl()}/api/payload-jobs/run?queue=limits-test&limit=500`, { headers: { authorization: auth } })
    expect(jobs.status, await jobs.text()).toBe(200)
    expect((await fetch(`${siteUrl()}/api/users?limit=500`)).status).toBe(400)
  })
})

describe('malformed ids and missing files are 404s, and refusals are not logged as errors (finding 4)', () => {
  it('answers 404 to ids that cannot exist, without SQL in the log', async () => {
    const log = await logOf(async () => {
      for (const path of ['/api/stories/abc', '/api/stories/2.5', '/api/courtyards/abc', '/api/applications/abc', '/api/stories/-1']) {
        const res = await fetch(`${logged.url}${path}`)
        await res.arrayBuffer()
        expect(res.status, path).toBe(404)
      }
    })
    expect(log).not.toMatch(/Failed query|invalid input syntax|select .* from|params:/i)
  })

  it('answers 404 to a file that is not there, without its path on disk in the log', async () => {
    const log = await logOf(async () => {
      const res = await fetch(`${logged.url}/api/media/file/nonexistent.jpg`)
      await res.arrayBuffer()
      expect(res.status).toBe(404)
    })
    expect(log).not.toContain(inject('mediaDir'))
    expect(log).not.toMatch(/missing on the disk/)
  })

  it('logs an anonymous 403 at info, without a stack trace', async () => {
    const log = await logOf(async () => {
      for (const path of ['/api/applications', '/api/users', '/api/payload-jobs']) {
        const res = await fetch(`${logged.url}${path}`)
        await res.arrayBuffer()
        expect(res.status, path).toBe(403)
      }
    })
    expect(log).not.toMatch(/ERROR|"level":50/)
    expect(log).not.toMatch(/\n\s+at /)
  })
})

describe('GraphQL does not suggest field names in production (finding 5)', () => {
  it('names no field, argument or enum value of the schema in its errors', async () => {
    const field = await graphql(siteUrl(), '{ Stories { docs { titel } } }')
    expect(messages(field)).toMatch(/Cannot query field "titel"/)
    const argument = await graphql(siteUrl(), '{ Stories(limitt: 1) { docs { id } } }')
    expect(messages(argument)).toMatch(/Unknown argument "limitt"/)
    const value = await graphql(siteUrl(), 'query ($l: LocaleInputType) { Stories(locale: $l) { docs { id } } }', { l: 'zhh' })
    expect(messages(value)).toMatch(/zhh/)
    for (const answer of [field, argument, value]) expect(messages(answer)).not.toMatch(/Did you mean/)
  })
})
