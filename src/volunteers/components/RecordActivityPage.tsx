import { DefaultTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { isStaffRole } from '../options'
import { RecordActivityView } from './RecordActivityView'

/**
 * The one-step recording as an admin page: inside Payload's template (navigation, account), for
 * signed-in staff only; a custom view is otherwise rendered bare and for anyone.
 */
export function RecordActivityPage({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/record-activity`)}`)
  if (!isStaffRole(req.user)) redirect(admin)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user}
      viewType="record-activity"
      visibleEntities={visibleEntities}
    >
      <RecordActivityView />
    </DefaultTemplate>
  )
}
