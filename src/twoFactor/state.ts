import type { Payload, PayloadRequest } from 'payload'

import { sharedLimiter } from '@/lib/security/rateLimits'
import { qrSvg } from '@/print/qr'
import { twoFactorErrors } from './messages'
import { seal, unseal } from './sealed'
import { newTotpSecret, totpUri } from './totp'
import { TwoFactorTooMany } from './errors'

export const ISSUER = '邻里 Linli'
const ENROLMENT_MINUTES = 15
/** Roles whose accounts must use two-factor sign-in when the site setting asks for it. */
export const REQUIRED_ROLES = ['admin', 'editor']

/** The two-factor columns of a user row, as the database holds them (never sent by the API). */
export type TwoFactorUser = {
  id: number | string
  email?: string | null
  role?: string | null
  twoFactorEnabledAt?: string | null
  totpSecret?: string | null
  totpLastStep?: number | null
  recoveryCodes?: unknown
}

export const isEnabled = (user: TwoFactorUser): boolean => Boolean(user.twoFactorEnabledAt && user.totpSecret)
export const secretOf = (user: TwoFactorUser): string | undefined => unseal('totp secret', user.totpSecret)
export const sealSecret = (secret: string): string => seal('totp secret', secret)

export async function twoFactorRequiredBySite(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  const settings = await payload.findGlobal({ slug: 'security-settings', depth: 0, overrideAccess: true, req })
  return Boolean((settings as { requireTwoFactor?: boolean | null }).requireTwoFactor)
}

export async function isRequiredFor(payload: Payload, user: TwoFactorUser, req?: PayloadRequest): Promise<boolean> {
  return REQUIRED_ROLES.includes(user.role ?? '') && (await twoFactorRequiredBySite(payload, req))
}

/** The user row with its hidden columns (the API never returns them). */
export async function loadTwoFactorUser(payload: Payload, id: number | string, req?: PayloadRequest): Promise<TwoFactorUser | null> {
  return (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })) as TwoFactorUser | null
}

/**
 * Ends every session of a user (they sign in again). The whole row is written back, as Payload's own
 * session handling does: its database adapter saves the sessions array by upserting the user row.
 */
export async function endSessions(payload: Payload, id: number | string, req?: PayloadRequest, changes: Record<string, unknown> = {}): Promise<void> {
  const row = await payload.db.findOne({ collection: 'users', where: { id: { equals: id } }, req })
  if (!row) return
  await payload.db.updateOne({ collection: 'users', id, data: { ...row, ...changes, sessions: [] }, req, returning: false })
}

export type Enrolment = { ticket: string; secret: string; uri: string; qrSvg: string }

/** A secret to scan (new, or the same again after a mistyped code), and a sealed ticket that carries it back with the first code (nothing is stored before that). */
export async function newEnrolment(user: TwoFactorUser, secret = newTotpSecret()): Promise<Enrolment> {
  const uri = totpUri(secret, user.email ?? String(user.id), ISSUER)
  const ticket = seal('enrolment', JSON.stringify({ uid: String(user.id), secret, exp: Date.now() + ENROLMENT_MINUTES * 60_000 }))
  return { ticket, secret, uri, qrSvg: await qrSvg(uri, { margin: 2 }) }
}

export function openEnrolment(ticket: unknown, user: TwoFactorUser): string | undefined {
  const opened = unseal('enrolment', ticket)
  if (!opened) return undefined
  const { uid, secret, exp } = JSON.parse(opened) as { uid: string; secret: string; exp: number }
  return uid === String(user.id) && exp > Date.now() ? secret : undefined
}

/**
 * Wrong codes per account, on top of the per-client sign-in limit: 5 in 15 minutes, then the account's
 * codes are refused until the window passes (a million codes against 5 tries a quarter-hour). Counted
 * across every process of the site (src/lib/security/rateLimits.ts).
 */
const failures = (payload: Payload) => sharedLimiter(payload, { name: 'two-factor-codes', points: 5, durationSeconds: 15 * 60 })

/** Throws when the account used up its tries; otherwise counts this one (forgiven when the code is right). */
export async function takeCodeAttempt(payload: Payload, user: TwoFactorUser): Promise<void> {
  const taken = await failures(payload).take(String(user.id))
  if (!taken.allowed) throw new TwoFactorTooMany(twoFactorErrors.tooMany(Math.ceil(taken.retryAfterSeconds / 60)))
}

export async function forgiveCodeAttempt(payload: Payload, user: TwoFactorUser): Promise<void> {
  await failures(payload).forgive(String(user.id))
}
