import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import { startSiteServer, type SiteServer } from '../helpers/site-server'
import { createTestUser, type TestUser } from '../helpers/users'
import { codeFor, login } from './helpers'

// Its own server on the run's database: the wrong codes tried here must not use up the shared server's per-client sign-in limit.
let server: SiteServer
let payload: Payload
let base: string

async function setRequired(on: boolean) {
  await payload.updateGlobal({ slug: 'security-settings', data: { requireTwoFactor: on }, overrideAccess: true })
}

async function row(id: number | string) {
  const { rows } = await payload.db.pool.query('select two_factor_enabled_at, totp_secret, totp_last_step, recovery_codes from users where id = $1', [id])
  return rows[0] as { two_factor_enabled_at: Date | null; totp_secret: string | null; totp_last_step: string | null; recovery_codes: unknown }
}

/** Signs `user` in for the first time with the requirement on, setting up two-factor: the secret and the recovery codes. */
async function enrol(user: TestUser): Promise<{ secret: string; recoveryCodes: string[]; token: string }> {
  const first = await login(base, { email: user.email, password: user.password })
  const enrolment = first.body.errors?.[0]?.data?.enrolment
  if (!enrolment) throw new Error(`no enrolment offered: ${JSON.stringify(first.body)}`)
  const done = await login(base, { email: user.email, password: user.password, enrolmentTicket: enrolment.ticket, totp: await codeFor(enrolment.secret) })
  if (done.status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(done.body)}`)
  return { secret: enrolment.secret, recoveryCodes: done.body.twoFactor!.recoveryCodes!, token: done.body.token! }
}

beforeAll(async () => {
  payload = await getTestPayload()
  server = await startSiteServer(
    { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: inject('payloadSecret'), MAIL_DIR: inject('mailDir'), MEDIA_DIR: inject('mediaDir'), LINLI_RUN_JOBS: 'off', LINLI_INSECURE_COOKIES: '1' },
    120_000,
  )
  base = server.url
  await setRequired(true)
}, 300_000)

afterAll(async () => {
  await setRequired(false).catch(() => undefined)
  await server?.stop()
})

describe('setting up two-factor at the first sign-in (required for admins and social workers)', () => {
  it('answers a right password with a QR code to scan instead of a session, then signs in with the first code and hands out 10 recovery codes once', async () => {
    const editor = await createTestUser(payload, 'editor', 'tf-enrol')
    const first = await login(base, { email: editor.email, password: editor.password })
    expect(first.status).toBe(401)
    expect(first.body.token).toBeUndefined()
    expect(first.cookie).not.toMatch(/-token=\S/)
    const error = first.body.errors![0]!
    expect(error.message).toMatch(/需要先设置两步验证/)
    expect(error.data?.twoFactor).toBe('enrol')
    const enrolment = error.data!.enrolment!
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/)
    expect(enrolment.qrSvg).toMatch(/^<svg/)
    expect(await row(editor.id)).toMatchObject({ two_factor_enabled_at: null, totp_secret: null })

    const wrong = await login(base, { email: editor.email, password: editor.password, enrolmentTicket: enrolment.ticket, totp: '000000' })
    expect(wrong.status).toBe(401)
    expect(wrong.body.errors![0]!.data).toMatchObject({ twoFactor: 'enrol', wrong: true })
    expect(wrong.body.errors![0]!.data!.enrolment!.secret).toBe(enrolment.secret)

    const done = await login(base, { email: editor.email, password: editor.password, enrolmentTicket: enrolment.ticket, totp: await codeFor(enrolment.secret) })
    expect(done.status).toBe(200)
    expect(done.body.token).toBeTruthy()
    const codes = done.body.twoFactor!.recoveryCodes!
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)

    // Stored sealed and hashed: neither the secret nor any recovery code is in the row.
    const stored = await row(editor.id)
    expect(stored.two_factor_enabled_at).not.toBeNull()
    expect(stored.totp_secret).not.toContain(enrolment.secret)
    const storedText = JSON.stringify(stored)
    for (const code of codes) expect(storedText).not.toContain(code.replace('-', ''))
    // …and the API never returns them.
    const me = await (await fetch(`${base}/api/users/me`, { headers: { authorization: `JWT ${done.body.token}` } })).json()
    expect(JSON.stringify(me)).not.toMatch(/totp|recoveryCodes/i)
    expect((me as { user: { email: string } }).user.email).toBe(editor.email)
  })

  it('refuses a ticket made for another account', async () => {
    const [a, b] = await Promise.all([createTestUser(payload, 'editor', 'tf-a'), createTestUser(payload, 'editor', 'tf-b')])
    const enrolment = (await login(base, { email: a.email, password: a.password })).body.errors![0]!.data!.enrolment!
    const stolen = await login(base, { email: b.email, password: b.password, enrolmentTicket: enrolment.ticket, totp: await codeFor(enrolment.secret) })
    expect(stolen.status).toBe(401)
    expect(stolen.body.token).toBeUndefined()
    expect((await row(b.id)).two_factor_enabled_at).toBeNull()
  })

  it('does not ask contributors (not required of them)', async () => {
    const contributor = await createTestUser(payload, 'contributor', 'tf-contributor')
    expect((await login(base, { email: contributor.email, password: contributor.password })).status).toBe(200)
  })
})

describe('signing in with two-factor on', () => {
  let editor: TestUser
  let secret: string
  let recoveryCodes: string[]
  beforeAll(async () => {
    editor = await createTestUser(payload, 'editor', 'tf-sign-in')
    ;({ secret, recoveryCodes } = await enrol(editor))
  })

  it('asks for the code after a right password, and gives no session without it', async () => {
    const answer = await login(base, { email: editor.email, password: editor.password })
    expect(answer.status).toBe(401)
    expect(answer.body.token).toBeUndefined()
    expect(answer.body.errors![0]).toMatchObject({ data: { twoFactor: 'code' } })
    expect(answer.body.errors![0]!.message).toMatch(/6 位验证码/)
  })

  it('refuses a wrong code and a wrong password with a right code', async () => {
    const wrong = await login(base, { email: editor.email, password: editor.password, totp: '123456' })
    expect(wrong.status).toBe(401)
    expect(wrong.body.errors![0]!.data).toMatchObject({ twoFactor: 'code', wrong: true })
    const badPassword = await login(base, { email: editor.email, password: 'not-the-password-1', totp: await codeFor(secret, 1) })
    expect(badPassword.status).toBe(401)
    expect(badPassword.body.errors![0]!.data).toBeUndefined()
  })

  it('signs in with the current code, and never twice with the same or an older one', async () => {
    const code = await codeFor(secret, 1)
    const ok = await login(base, { email: editor.email, password: editor.password, totp: code })
    expect(ok.status).toBe(200)
    expect(ok.body.token).toBeTruthy()
    expect((await login(base, { email: editor.email, password: editor.password, totp: code })).status).toBe(401)
    expect((await login(base, { email: editor.email, password: editor.password, totp: await codeFor(secret, 0) })).status).toBe(401)
  })

  it('signs in once with each recovery code and says how many are left', async () => {
    const used = recoveryCodes[3]!
    const ok = await login(base, { email: editor.email, password: editor.password, recoveryCode: used.toLowerCase() })
    expect(ok.status).toBe(200)
    expect(ok.body.twoFactor).toEqual({ recoveryCodesLeft: 9 })
    const again = await login(base, { email: editor.email, password: editor.password, recoveryCode: used })
    expect(again.status).toBe(401)
    expect(again.body.errors![0]!.message).toMatch(/恢复码不正确或已经用过/)
  })

  it('cannot be switched off through the API: the two-factor fields are not writable', async () => {
    const token = (await login(base, { email: editor.email, password: editor.password, recoveryCode: recoveryCodes[0]! })).body.token
    const res = await fetch(`${base}/api/users/${editor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ twoFactorEnabledAt: null, totpSecret: null, recoveryCodes: [] }),
    })
    await res.arrayBuffer()
    const stored = await row(editor.id)
    expect(stored.two_factor_enabled_at).not.toBeNull()
    expect(stored.totp_secret).not.toBeNull()
    // Only for roles the site does not require it of: an editor's disable is refused.
    const disable = await fetch(`${base}/api/users/two-factor/disable`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ code: await codeFor(secret, 1) }),
    })
    expect(disable.status).toBe(403)
  })
})

describe('no way around the second factor', () => {
  let editor: TestUser
  let secret: string
  beforeAll(async () => {
    editor = await createTestUser(payload, 'editor', 'tf-bypass')
    ;({ secret } = await enrol(editor))
  })

  it('GraphQL loginUser gives no token', async () => {
    const res = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { loginUser(email: ${JSON.stringify(editor.email)}, password: ${JSON.stringify(editor.password)}) { token user { id } } }` }),
    })
    const body = (await res.json()) as { data?: { loginUser?: { token?: string } | null }; errors?: Array<{ message: string }> }
    expect(body.data?.loginUser?.token).toBeFalsy()
    expect(body.errors?.[0]?.message).toMatch(/验证码|code/)
  })

  it('the Local API login needs the code too', async () => {
    await expect(payload.login({ collection: 'users', data: { email: editor.email, password: editor.password } })).rejects.toMatchObject({ status: 401 })
  })

  it('a password reset changes the password but leaves no session; the next sign-in asks for the code', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true })
    const password = 'a-new-password-for-tf-1'
    const res = await fetch(`${base}/api/users/reset-password`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ token, password }) })
    const body = (await res.json()) as { token?: string }
    expect(res.status).toBe(200)
    expect(body.token).toBeUndefined()
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
    const me = (await (await fetch(`${base}/api/users/me`, { headers: { cookie } })).json()) as { user: unknown }
    expect(me.user).toBeNull()
    expect((await login(base, { email: editor.email, password })).body.errors![0]!.data).toMatchObject({ twoFactor: 'code' })
    expect((await login(base, { email: editor.email, password, totp: await codeFor(secret, 1) })).status).toBe(200)
    editor.password = password
  })

  it('GraphQL resetPassword leaves no session either', async () => {
    const token = await payload.forgotPassword({ collection: 'users', data: { email: editor.email }, disableEmail: true })
    const res = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { resetPasswordUser(token: ${JSON.stringify(token)}, password: "another-password-tf-2") { token } }` }),
    })
    const body = (await res.json()) as { data?: { resetPasswordUser?: { token?: string | null } }; errors?: unknown }
    const sessions = await payload.db.pool.query('select count(*)::int as n from users_sessions where _parent_id = $1', [editor.id])
    expect(body.data?.resetPasswordUser?.token ?? null).toBeNull()
    expect(sessions.rows[0].n).toBe(0)
  })

  it('a session from before the requirement is not refreshed', async () => {
    await setRequired(false)
    const late = await createTestUser(payload, 'editor', 'tf-late')
    const { body } = await login(base, { email: late.email, password: late.password })
    await setRequired(true)
    const refresh = await fetch(`${base}/api/users/refresh-token`, { method: 'POST', headers: { authorization: `JWT ${body.token}`, origin: base } })
    // Switching the requirement on ended the session; the refresh finds no user (Payload answers 403 then).
    expect([401, 403]).toContain(refresh.status)
    expect(((await refresh.json()) as { refreshedToken?: string }).refreshedToken).toBeUndefined()
    const me = (await (await fetch(`${base}/api/users/me`, { headers: { authorization: `JWT ${body.token}` } })).json()) as { user: unknown }
    expect(me.user).toBeNull()
  })

  it('locks the codes of an account after 5 wrong ones, even the right one (429)', async () => {
    const victim = await createTestUser(payload, 'editor', 'tf-limit')
    const { secret: victimSecret } = await enrol(victim)
    for (let i = 0; i < 5; i++) expect((await login(base, { email: victim.email, password: victim.password, totp: String(100000 + i) })).status).toBe(401)
    const locked = await login(base, { email: victim.email, password: victim.password, totp: await codeFor(victimSecret, 1) })
    expect(locked.status).toBe(429)
    expect(locked.body.errors![0]!.message).toMatch(/验证码错误次数过多/)
  })
})

describe('managing it from the account page', () => {
  it('a contributor turns it on, makes new recovery codes and turns it off; an admin resets someone else’s', async () => {
    const contributor = await createTestUser(payload, 'contributor', 'tf-self')
    const { body } = await login(base, { email: contributor.email, password: contributor.password })
    const auth = { authorization: `JWT ${body.token}`, 'content-type': 'application/json' }
    const post = async (path: string, data: unknown = {}) => {
      const res = await fetch(`${base}/api/users/two-factor/${path}`, { method: 'POST', headers: auth, body: JSON.stringify(data) })
      return { status: res.status, json: (await res.json()) as Record<string, unknown> }
    }
    const setup = await post('setup')
    expect(setup.status).toBe(200)
    const { ticket, secret } = setup.json.enrolment as { ticket: string; secret: string }
    expect((await post('enable', { ticket, code: '000000' })).status).toBe(400)
    const enabled = await post('enable', { ticket, code: await codeFor(secret) })
    expect(enabled.status).toBe(200)
    expect(enabled.json.recoveryCodes).toHaveLength(10)
    expect((await post('recovery-codes', { code: '000000' })).status).toBe(400)
    const fresh = await post('recovery-codes', { code: await codeFor(secret, 1) })
    expect(fresh.json.recoveryCodes).toHaveLength(10)
    expect(fresh.json.recoveryCodes).not.toEqual(enabled.json.recoveryCodes)
    expect((await login(base, { email: contributor.email, password: contributor.password })).body.errors![0]!.data).toMatchObject({ twoFactor: 'code' })

    const admin = await createTestUser(payload, 'admin', 'tf-admin')
    const { secret: adminSecret } = await enrol(admin)
    const adminToken = (await login(base, { email: admin.email, password: admin.password, totp: await codeFor(adminSecret, 1) })).body.token
    const reset = await fetch(`${base}/api/users/two-factor/reset/${contributor.id}`, { method: 'POST', headers: { authorization: `JWT ${adminToken}` } })
    expect(reset.status).toBe(200)
    expect((await login(base, { email: contributor.email, password: contributor.password })).status).toBe(200)
    // A contributor cannot reset anyone.
    const own = await login(base, { email: contributor.email, password: contributor.password })
    const refused = await fetch(`${base}/api/users/two-factor/reset/${admin.id}`, { method: 'POST', headers: { authorization: `JWT ${own.body.token}` } })
    expect(refused.status).toBe(403)
  })
})
