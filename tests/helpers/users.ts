import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import type { Role } from '@/access/roles'
import { siteUrl } from './payload'

export type TestUser = User & { password: string }
export type TeamUsers = Record<Role, TestUser>

export async function createTestUser(payload: Payload, role: Role, label: string = role): Promise<TestUser> {
  const password = `pw-${crypto.randomBytes(9).toString('base64url')}`
  const email = `${label}-${crypto.randomBytes(4).toString('hex')}@test.linli.local`
  const user = await payload.create({ collection: 'users', data: { email, password, name: label, role }, overrideAccess: true })
  return { ...(user as User), password }
}

export async function createTeamUsers(payload: Payload): Promise<TeamUsers> {
  const [admin, editor, contributor] = await Promise.all([
    createTestUser(payload, 'admin'),
    createTestUser(payload, 'editor'),
    createTestUser(payload, 'contributor'),
  ])
  return { admin, editor, contributor }
}

/** Logs in over HTTP and returns the Authorization header value for later requests. */
export async function loginOverHttp(siteUrl: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${siteUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  return `JWT ${token}`
}

/** An editor signed in over HTTP to the test site: writes go through the server's REST API, so its cache is refreshed. */
export async function editorAuth(payload: Payload): Promise<string> {
  return loginOverHttp(siteUrl(), await createTestUser(payload, 'editor'))
}
