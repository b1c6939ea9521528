'use client'

import { useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

/** Shows the full ID-card number on request; the server writes an audit entry for each reveal. */
export function RevealIdNumber() {
  const { id } = useDocumentInfo()
  const masked = useFormFields(([fields]) => fields.idNumberMasked?.value)
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [shown, setShown] = useState<string | null>(null)
  if (!id || !masked) return null
  const reveal = async () => {
    const res = await fetch(`/api/volunteers/${id}/reveal-id`, { method: 'POST', credentials: 'include' })
    if (res.ok) setShown(((await res.json()) as { idNumber: string | null }).idNumber)
  }
  return (
    <div style={{ marginTop: 8 }}>
      {shown ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
          <span>{en ? 'In full:' : '完整号码：'}</span>
          <code style={{ fontSize: 16, letterSpacing: 1 }}>{shown}</code>
          <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => setShown(null)}>
            {en ? 'Hide' : '隐藏'}
          </button>
          <span style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>{en ? 'This view was recorded in the audit trail.' : '本次查看已记入审计。'}</span>
        </div>
      ) : (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={reveal}>
          {en ? 'Show in full (recorded in the audit trail)' : '查看完整号码（会记入审计）'}
        </button>
      )}
    </div>
  )
}
