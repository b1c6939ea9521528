import type { Endpoint } from 'payload'

import { isAdminUser } from '@/access/roles'
import { TwoFactorRefused } from '../errors'
import { twoFactorErrors } from '../messages'
import { newRecoveryCodes } from '../recoveryCodes'
import { endSessions, forgiveCodeAttempt, isEnabled, isRequiredFor, loadTwoFactorUser, newEnrolment, openEnrolment, sealSecret, takeCodeAttempt } from '../state'
import { checkTotp } from '../totp'
import { noStore, requireCurrentCode, signedInUser } from './shared'

const cleared = { totpSecret: null, totpLastStep: null, recoveryCodes: null, twoFactorEnabledAt: null }

/** POST /api/users/two-factor/setup — a QR code and setup key for the signed-in person (nothing stored yet). */
const setup: Endpoint = {
  path: '/two-factor/setup',
  method: 'post',
  handler: async (req) => {
    const { user } = await signedInUser(req)
    if (isEnabled(user)) throw new TwoFactorRefused(twoFactorErrors.alreadyOn, 409)
    return Response.json({ enrolment: await newEnrolment(user) }, { headers: noStore })
  },
}

/** POST /api/users/two-factor/enable {ticket, code} — turns it on with the first code; answers the recovery codes, once. */
const enable: Endpoint = {
  path: '/two-factor/enable',
  method: 'post',
  handler: async (req) => {
    const { user, body } = await signedInUser(req)
    if (isEnabled(user)) throw new TwoFactorRefused(twoFactorErrors.alreadyOn, 409)
    const secret = openEnrolment(body.ticket, user)
    if (!secret) throw new TwoFactorRefused(twoFactorErrors.enrolExpired, 400)
    await takeCodeAttempt(req.payload, user)
    const step = typeof body.code === 'string' ? await checkTotp(secret, body.code) : undefined
    if (step === undefined) throw new TwoFactorRefused(twoFactorErrors.wrongCode, 400)
    await forgiveCodeAttempt(req.payload, user)
    const { codes, stored } = newRecoveryCodes()
    const enabledAt = new Date().toISOString()
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { totpSecret: sealSecret(secret), totpLastStep: step, recoveryCodes: stored, twoFactorEnabledAt: enabledAt }, req, returning: false })
    return Response.json({ enabledAt, recoveryCodes: codes }, { headers: noStore })
  },
}

/** POST /api/users/two-factor/recovery-codes {code} — new codes for old ones, with a current code. */
const regenerate: Endpoint = {
  path: '/two-factor/recovery-codes',
  method: 'post',
  handler: async (req) => {
    const { user, body } = await signedInUser(req)
    if (!isEnabled(user)) throw new TwoFactorRefused(twoFactorErrors.notOn, 409)
    const step = await requireCurrentCode(req, user, body.code)
    const { codes, stored } = newRecoveryCodes()
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { recoveryCodes: stored, totpLastStep: step }, req, returning: false })
    return Response.json({ recoveryCodes: codes }, { headers: noStore })
  },
}

/** POST /api/users/two-factor/disable {code} — for roles the site does not require it of. */
const disable: Endpoint = {
  path: '/two-factor/disable',
  method: 'post',
  handler: async (req) => {
    const { user, body } = await signedInUser(req)
    if (!isEnabled(user)) throw new TwoFactorRefused(twoFactorErrors.notOn, 409)
    if (await isRequiredFor(req.payload, user, req)) throw new TwoFactorRefused(twoFactorErrors.required, 403)
    await requireCurrentCode(req, user, body.code)
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: cleared, req, returning: false })
    return Response.json({ enabled: false }, { headers: noStore })
  },
}

/** POST /api/users/two-factor/reset/:id — an admin clears another person's two-factor (lost phone and codes); their sessions end. */
const reset: Endpoint = {
  path: '/two-factor/reset/:id',
  method: 'post',
  handler: async (req) => {
    if (!isAdminUser(req.user)) throw new TwoFactorRefused(req.user ? twoFactorErrors.adminsOnly : twoFactorErrors.signInFirst, req.user ? 403 : 401)
    const id = Number(req.routeParams?.id)
    if (String(id) === String(req.user!.id)) throw new TwoFactorRefused(twoFactorErrors.notYourself, 403)
    const target = Number.isSafeInteger(id) ? await loadTwoFactorUser(req.payload, id, req) : null
    if (!target) return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    await endSessions(req.payload, id, req, cleared)
    return Response.json({ enabled: false }, { headers: noStore })
  },
}

export const twoFactorEndpoints: Endpoint[] = [setup, enable, regenerate, disable, reset]
