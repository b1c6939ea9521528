import type { FieldServerComponent } from 'payload'

import { isAdminUser } from '@/access/roles'
import { isEnabled, isRequiredFor, loadTwoFactorUser } from '../state'
import { TwoFactorPanelClient } from './TwoFactorPanelClient'

/** Sidebar of a user in the admin: the person's own two-factor (turn on, new recovery codes, turn off), or an admin's reset of someone else's. */
export const TwoFactorPanel: FieldServerComponent = async ({ id, payload, req, i18n }) => {
  if (id === undefined || !req.user) return null
  const self = String(req.user.id) === String(id)
  const admin = isAdminUser(req.user)
  if (!self && !admin) return null
  const target = await loadTwoFactorUser(payload, id)
  if (!target) return null
  return (
    <TwoFactorPanelClient
      userId={String(id)}
      self={self}
      enabledAt={isEnabled(target) ? (target.twoFactorEnabledAt ?? null) : null}
      required={await isRequiredFor(payload, target)}
      language={i18n.language === 'en' ? 'en' : 'zh'}
    />
  )
}
