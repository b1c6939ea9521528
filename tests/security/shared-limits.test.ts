import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { RATE_LIMIT_TABLE, sharedLimiter } from '@/lib/security/rateLimits'
import { getTestPayload } from '../helpers/payload'
import { type SiteServer, startSiteServer } from '../helpers/site-server'
import { createFixtures, type Fixtures, validForm } from '../recruitment/helpers/fixtures'

let payload: Payload
let fx: Fixtures
const servers: SiteServer[] = []

const unique = () => crypto.randomBytes(4).toString('hex')

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
})

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()))
})

describe('shared limiter (rate-limiter-flexible, PostgreSQL store)', () => {
  it('counts in the database: the limit, then a refusal with the time to wait; a forgiven hit is given back', async () => {
    const name = `unit-${unique()}`
    const limiter = sharedLimiter(payload, { name, points: 2, durationSeconds: 60 })
    expect(await limiter.take('a')).toEqual({ allowed: true })
    expect(await limiter.take('a')).toEqual({ allowed: true })
    const refused = await limiter.take('a')
    expect(refused.allowed).toBe(false)
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(55)
    expect(await limiter.take('b')).toEqual({ allowed: true })
    const pool = (payload.db as unknown as { pool: import('pg').Pool }).pool
    const { rows } = await pool.query<{ key: string; points: number }>(`select key, points from ${RATE_LIMIT_TABLE} where key like $1 order by key`, [`${name}:%`])
    expect(rows).toEqual([
      { key: `${name}:a`, points: 3 },
      { key: `${name}:b`, points: 1 },
    ])
    // Another limiter object of the same name (as in another process) sees the same count.
    const again = sharedLimiter(payload, { name, points: 3, durationSeconds: 60 })
    expect((await again.take('a')).allowed).toBe(false)
    await limiter.forgive('b')
    await limiter.forgive('b')
    expect(await limiter.take('b')).toEqual({ allowed: true })
    expect(await limiter.take('b')).toEqual({ allowed: true })
    expect((await limiter.take('b')).allowed).toBe(false)
  })
})

describe('limits across two server processes on one database', () => {
  let a: SiteServer
  let b: SiteServer

  beforeAll(async () => {
    const env = {
      LINLI_RUN_JOBS: 'off',
      TRUST_PROXY: '1',
      // The two processes are one site: one scope.
      RATE_LIMIT_SCOPE: `shared-${unique()}`,
      LOGIN_FAILURES_PER_CLIENT: '3',
      RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE: '2',
      RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE: '100',
    }
    ;[a, b] = await Promise.all([startSiteServer(env, 180_000), startSiteServer(env, 180_000)])
    servers.push(a, b)
  })

  it('sign-in failures reached through A are refused through B', async () => {
    const client = `203.0.113.${crypto.randomInt(1, 250)}`
    const login = (server: SiteServer) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ email: `nobody-${unique()}@test.linli.local`, password: 'wrong-password-1' }),
      })
    for (let i = 0; i < 3; i++) expect((await login(a)).status).toBe(401)
    const refused = await login(b)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(await refused.json())).toContain('尝试次数过多')
    // Another client is not affected.
    const other = await fetch(`${b.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
      body: JSON.stringify({ email: 'nobody@test.linli.local', password: 'wrong-password-1' }),
    })
    expect(other.status).toBe(401)
  })

  it('application attempts reached through A are refused through B, with the friendly page', async () => {
    const path = `/join/${fx.openCall.slug}/apply`
    const client = `192.0.2.${crypto.randomInt(1, 250)}`
    const send = (server: SiteServer) =>
      fetch(`${server.url}${path}`, { method: 'POST', body: validForm(fx), headers: { 'x-forwarded-for': client }, redirect: 'manual' })
    for (let i = 0; i < 2; i++) expect((await send(i === 0 ? a : b)).status).not.toBe(429)
    const limited = await send(b)
    expect(limited.status).toBe(429)
    expect(await limited.text()).toContain('提交得太频繁了，请休息一分钟再试')
    const fromA = await send(a)
    expect(fromA.status).toBe(429)
  })
})
