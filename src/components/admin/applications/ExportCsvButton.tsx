'use client'

import { useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'

/** Downloads the list as it is filtered, searched and sorted in the admin right now. */
export function ExportCsvButton() {
  const params = useSearchParams()
  const { i18n } = useTranslation()
  const query = new URLSearchParams()
  for (const [name, value] of params) if (name === 'search' || name === 'sort' || name.startsWith('where')) query.append(name, value)
  const href = `/api/applications/export.csv${query.size ? `?${query}` : ''}`
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={href} download>
        {i18n.language === 'en' ? 'Export CSV (current filter)' : '导出 CSV（按当前筛选）'}
      </a>
    </div>
  )
}
