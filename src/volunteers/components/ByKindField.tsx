'use client'

import { useField, useTranslation } from '@payloadcms/ui'

import { activityKinds } from '@/collections/Activities/kinds'

type Row = { kind: string; label: string; count: number; hours: number }
const cell: React.CSSProperties = { padding: '6px 8px', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left' }

/**
 * A certificate's service by kind, read-only as a small table. Payload's own JSON field would load a
 * code editor (Monaco) from a CDN, which the admin's CSP blocks and which is of no use to staff here.
 */
export function ByKindField({ path }: { path: string }) {
  const { value } = useField<Row[] | null>({ path })
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const rows = Array.isArray(value) ? value : []
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label" style={{ marginBottom: 4 }}>{en ? 'Service by kind' : '按类别'}</div>
      {rows.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-600)', margin: 0 }}>—</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', minWidth: '60%' }}>
          <thead>
            <tr>
              <th style={cell}>{en ? 'Kind' : '类别'}</th>
              <th style={cell}>{en ? 'Times' : '次数'}</th>
              <th style={cell}>{en ? 'Hours' : '时长（小时）'}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind}>
                <td style={cell}>{en ? (activityKinds.find((k) => k.value === r.kind)?.label.en ?? r.label) : r.label}</td>
                <td style={cell}>{r.count}</td>
                <td style={cell}>{r.hours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
