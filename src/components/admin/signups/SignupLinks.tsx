'use client'

import { useTranslation } from '@payloadcms/ui'

/** Above the sign-up list: the per-activity overview (counts, waiting list, to phone, check-in, sheet, CSV) lives on its own pages. */
export function SignupLinks() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <a className="btn btn--style-primary btn--size-small" href="/staff/signups">
        {en ? 'Sign-up overview per activity, phone sign-ups, check-in' : '按活动查看报名、电话报名、签到'}
      </a>
    </div>
  )
}
