import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { formatAdminURL, getSafeRedirect } from 'payload/shared'

import { TeamName } from '@/admin/components/TeamName'

import { TwoFactorLoginForm } from './TwoFactorLoginForm'

/** The admin's sign-in page (replacing Payload's): password, then the authenticator code, or the setup of one. */
export function TwoFactorLoginView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const { config } = req.payload
  const redirectTo = getSafeRedirect({ fallbackTo: config.routes.admin, redirectTo: (searchParams?.redirect as string | undefined) ?? '' })
  if (req.user) redirect(redirectTo)
  return (
    <>
      <TeamName payload={req.payload} i18n={req.i18n} />
      <TwoFactorLoginForm
        redirectTo={redirectTo}
        loginPath={formatAdminURL({ apiRoute: config.routes.api, path: `/${config.admin.user}/login` })}
        forgotPath={formatAdminURL({ adminRoute: config.routes.admin, path: config.admin.routes.forgot })}
        language={req.i18n.language === 'en' ? 'en' : 'zh'}
      />
    </>
  )
}
