'use client'

import { useTranslation } from '@payloadcms/ui'

export function DutyRosterLink() {
  const { i18n } = useTranslation()
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/duties/roster" target="_blank" rel="noopener">
        {i18n.language === 'en' ? 'Weekly duty roster (print)' : '本周值班表（打印）'}
      </a>
    </div>
  )
}
