'use client'

import { useTranslation } from '@payloadcms/ui'

function Bar({ children, note }: { children: React.ReactNode; note: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 8, marginBottom: 'calc(var(--base) / 2)', flexWrap: 'wrap' }}>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{note}</span>
      {children}
    </div>
  )
}

/** CSV of the roster (Art. 5 fields) for typing into the national system by hand: an export, not a sync. */
export function VolunteerExportButtons() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  return (
    <Bar note={en ? 'For entering into the national volunteer service information system by hand: an export, not a sync. Each export is audited.' : '供手工录入全国志愿服务信息系统：是导出，不是同步。每次导出都会记入审计。'}>
      <a className="btn btn--style-secondary btn--size-small" href="/api/volunteers/export.csv" download>
        {en ? 'Export roster (CSV)' : '导出名册（CSV）'}
      </a>
      <a className="btn btn--style-secondary btn--size-small" href="/api/volunteers/export.csv?idNumber=masked" download>
        {en ? 'With masked ID numbers' : '含身份证号（掩码）'}
      </a>
    </Bar>
  )
}

export function RecordExportButtons() {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  return (
    <Bar note={en ? 'Art. 7 fields, for entering by hand: an export, not a sync.' : '含第七条要求的各项，供手工录入：是导出，不是同步。'}>
      <a className="btn btn--style-secondary btn--size-small" href="/admin/record-activity">
        {en ? 'Record an activity' : '记录一场活动'}
      </a>
      <a className="btn btn--style-secondary btn--size-small" href="/api/service-records/export.csv" download>
        {en ? 'Export records (CSV)' : '导出服务记录（CSV）'}
      </a>
    </Bar>
  )
}
