import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'
import { startSiteServer } from '../helpers/site-server'
import { createTestUser } from '../helpers/users'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

describe('password policy', () => {
  it('refuses a password shorter than 10 characters with a clear message', async () => {
    const attempt = payload.create({
      collection: 'users',
      data: { email: `short-${Date.now()}@test.linli.local`, password: 'abc123xyz', name: 'Short', role: 'contributor' },
    })
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'password', message: expect.stringMatching(/至少需要 10 个字符/) })] },
    })
  })

  it('accepts a 10-character password', async () => {
    const user = await payload.create({
      collection: 'users',
      data: { email: `ok-${Date.now()}@test.linli.local`, password: 'abcdefghij', name: 'Ok', role: 'contributor' },
    })
    expect(user.id).toBeTruthy()
  })
})

describe('login lockout', () => {
  it('locks an account after 5 failed logins, even with the right password', async () => {
    const user = await createTestUser(payload, 'contributor', 'lockout')
    const login = (password: string) =>
      fetch(`${siteUrl()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password }),
      })
    for (let i = 0; i < 5; i++) expect((await login('wrong-password-x')).status).toBe(401)
    const locked = await login(user.password)
    expect(locked.status).not.toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: user.id, showHiddenFields: true })
    expect(new Date(String(stored.lockUntil)).getTime()).toBeGreaterThan(Date.now())
  })

  it('issues a session cookie that is HttpOnly and expires', async () => {
    const user = await createTestUser(payload, 'contributor', 'cookie')
    const res = await fetch(`${siteUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    })
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/Expires=/i)
    const { exp } = (await res.json()) as { exp: number }
    expect(exp * 1000 - Date.now()).toBeLessThanOrEqual(8 * 60 * 60 * 1000 + 5000)
  })
})

describe('session cookie in production', () => {
  it('is Secure unless explicitly relaxed for plain-HTTP testing', async () => {
    const user = await createTestUser(payload, 'contributor', 'secure-cookie')
    const server = await startSiteServer({ DATABASE_URL: process.env.DATABASE_URL, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET, LINLI_RUN_JOBS: 'off' })
    try {
      const res = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email, password: user.password }),
      })
      expect(res.status).toBe(200)
      expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    } finally {
      await server.stop()
    }
  })
})
