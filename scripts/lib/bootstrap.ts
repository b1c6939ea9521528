import { ensureAdmin, type AdminLogin } from '../../src/lib/bootstrap/ensureAdmin'
import { ensureSiteSettings } from '../../src/lib/bootstrap/ensureSiteSettings'
import { seed } from '../../src/seed'
import { requireTwoFactorOnFreshInstall } from '../../src/twoFactor/requireOnFreshInstall'
import { applyMigrations, closePayload, loadPayload } from './payload-instance'

export type BootstrapResult = { admin?: AdminLogin; seeded?: { created: number; skipped: number } }

/**
 * Brings a database to a servable state: migrations, a first admin, and the demo content on an empty site.
 * A fresh install requires two-factor sign-in for staff unless `requireTwoFactor` is false (the bench,
 * which signs in over the API).
 */
export async function bootstrap({ demoContent, requireTwoFactor = true }: { demoContent: boolean; requireTwoFactor?: boolean }): Promise<BootstrapResult> {
  const payload = await loadPayload()
  try {
    await applyMigrations(payload)
    const admin = await ensureAdmin(payload)
    if (admin && requireTwoFactor) await requireTwoFactorOnFreshInstall(payload)
    const { totalDocs: stories } = await payload.count({ collection: 'stories', overrideAccess: true })
    const seeded = demoContent && stories === 0 ? await seed(payload) : undefined
    await ensureSiteSettings(payload)
    return { admin, seeded }
  } finally {
    await closePayload(payload)
  }
}

/** What `npm start` and `npm run dev` tell whoever started them: demo content made, the first admin's login. */
export function reportBootstrap({ admin, seeded }: BootstrapResult): void {
  if (seeded) console.info(`[linli] demo content: ${seeded.created} documents created`)
  if (!admin) return
  console.info(`\n[linli] first admin created — email: ${admin.email}  password: ${admin.password}`)
  if (admin.generated) console.info('[linli] this generated password is shown only once: sign in and change it (or run `npm run admin:password`).')
  console.info('[linli] at the first sign-in you set up two-factor sign-in with an authenticator app (required for admins and social workers; 安全设置 in the admin).\n')
}
