import type { ServerComponentProps } from 'payload'

/** Above the trail's list: what is recorded, what is not, and for how long. */
export async function AuditTrailNotice({ payload, i18n }: Pick<ServerComponentProps, 'payload' | 'i18n'>) {
  const settings = (await payload.findGlobal({ slug: 'audit-settings', depth: 0, overrideAccess: true })) as { retentionYears?: number | null }
  const years = settings.retentionYears ?? 3
  const text =
    i18n.language === 'en'
      ? `Every opening, list view, export, deletion and anonymisation of personal data is recorded here with the person and the time. Entries hold ids only, cannot be changed or deleted by anyone, and are removed after ${years} years.`
      : `每一次查看、浏览列表、导出、删除和匿名处理个人信息，都会在这里记下操作人和时间。记录只保存编号，任何人都不能修改或删除，${years} 年后自动删除。`
  return <p style={{ margin: '0 0 1rem', lineHeight: 1.6, color: 'var(--theme-elevation-650)' }}>{text}</p>
}
