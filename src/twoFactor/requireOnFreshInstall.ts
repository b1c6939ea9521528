import type { Payload } from 'payload'

/** A new install starts with two-factor sign-in required for admins and social workers: the first admin sets it up at the first sign-in. */
export async function requireTwoFactorOnFreshInstall(payload: Payload): Promise<void> {
  await payload.updateGlobal({ slug: 'security-settings', data: { requireTwoFactor: true }, overrideAccess: true })
}
