'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

/** The volunteer's own private link (their records and hours, no account needed), and renewing it (the old one stops working). */
export function OwnLink() {
  const { id } = useDocumentInfo()
  const token = useFormFields(([fields]) => fields.linkToken?.value as string | undefined)
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [current, setCurrent] = useState<string | undefined>(undefined)
  // The page is rendered on the server first, where there is no window: the origin comes after hydration.
  const [origin, setOrigin] = useState('')
  useEffect(() => setOrigin(window.location.origin), [])
  const shown = current ?? token
  if (!id || !shown) return null
  const url = `${origin}/my-service/${shown}`
  const renew = async () => {
    const res = await fetch(`/api/volunteers/${id}/renew-link`, { method: 'POST', credentials: 'include' })
    if (res.ok) setCurrent(((await res.json()) as { token: string }).token)
  }
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <div style={{ fontWeight: 600 }}>{en ? 'Their own link' : '本人查看链接'}</div>
      <a href={url} target="_blank" rel="noopener" style={{ wordBreak: 'break-all', fontSize: 12 }}>
        {url}
      </a>
      <div style={{ marginTop: 6, display: 'flex', gap: 6, flexWrap: 'wrap' }}>
        <a className="btn btn--style-secondary btn--size-small" href={`/api/volunteers/${id}/link-slip.pdf`} target="_blank" rel="noopener">
          {en ? 'Print slip with QR' : '打印二维码小条'}
        </a>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={renew}>
          {en ? 'Revoke and make a new one' : '作废并换新链接'}
        </button>
      </div>
    </div>
  )
}
