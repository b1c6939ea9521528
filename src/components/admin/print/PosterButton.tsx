'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

/** Opens the A4 poster of the saved document (title, time, place, QR code of its page) in a new tab. */
export function PosterButton({ collection }: { collection: 'activities' | 'recruitment-calls' }) {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  if (!id) return null
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/${collection}/${id}/poster.pdf`} target="_blank" rel="noopener">
        {en ? 'Print poster (A4 PDF)' : '打印海报（A4 PDF）'}
      </a>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/${collection}/${id}/poster.pdf?locale=en`} target="_blank" rel="noopener" style={{ marginLeft: 8 }}>
        {en ? 'English poster' : '英文海报'}
      </a>
    </div>
  )
}
