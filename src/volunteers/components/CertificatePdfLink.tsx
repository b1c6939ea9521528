'use client'

import { useDocumentInfo, useTranslation } from '@payloadcms/ui'

export function CertificatePdfLink() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <a className="btn btn--style-secondary btn--size-small" href={`/api/certificates/${id}/certificate.pdf`} target="_blank" rel="noopener">
        {i18n.language === 'en' ? 'Print certificate (A4 PDF)' : '打印证明（A4 PDF）'}
      </a>
    </div>
  )
}
