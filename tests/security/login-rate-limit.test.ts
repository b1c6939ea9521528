import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startReliabilityStack, type ReliabilityStack } from '../helpers/reliability-stack'

// Its own server: the limit is lowered, and failed sign-ins must not spill into other test files.
let stack: ReliabilityStack
const admin = { email: 'limit-admin@test.linli.local', password: 'a-long-enough-password-1', name: '管理员' }

beforeAll(async () => {
  stack = await startReliabilityStack('login-limit', { LINLI_RUN_JOBS: 'off', TRUST_PROXY: '1', LOGIN_FAILURES_PER_CLIENT: '4' })
  const res = await fetch(`${stack.server().url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...admin, role: 'admin' }),
  })
  expect(res.status, await res.text()).toBeLessThan(300)
})

afterAll(async () => {
  await stack?.stop()
})

function login(client: string, email: string, password: string): Promise<Response> {
  return fetch(`${stack.server().url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  })
}

describe('sign-in rate limit per client address', () => {
  it('refuses a client after 4 failed sign-ins across different accounts, even with a right password, with a clear 429', async () => {
    for (let i = 0; i < 4; i++) expect((await login('203.0.113.7', `nobody${i}@test.linli.local`, 'wrong-password-1')).status).toBe(401)
    const refused = await login('203.0.113.7', admin.email, admin.password)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(await refused.json())).toMatch(/Too many attempts/)
  })

  it('does not affect other clients', async () => {
    expect((await login('198.51.100.9', admin.email, admin.password)).status).toBe(200)
  })

  it('does not count successful sign-ins', async () => {
    for (let i = 0; i < 6; i++) expect((await login('198.51.100.10', admin.email, admin.password)).status).toBe(200)
  })

  it('limits password-reset mails per client too', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) {
      const res = await fetch(`${stack.server().url}/api/users/forgot-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.44' },
        body: JSON.stringify({ email: admin.email }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(5)).toEqual([429, 429])
  })
})
