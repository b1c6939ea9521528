'use client'

import { useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { usePathname, useSearchParams } from 'next/navigation'

import { statuses } from '@/recruitment/options'

const OPEN = ['new', 'contacted', 'interview']

type Tab = { key: string; label: { zh: string; en: string }; where: Record<string, string> }

/**
 * Saved filters a social worker uses every day, one click each: still to be dealt with, and each status.
 * They are plain links to Payload's own list query (where[...]), so sorting, search and the CSV export
 * keep working on top of them, and the address can be bookmarked.
 */
const tabs: Tab[] = [
  { key: 'open', label: { zh: '待处理', en: 'Open' }, where: Object.fromEntries(OPEN.map((s, i) => [`where[status][in][${i}]`, s])) },
  ...statuses.map((s) => ({ key: s.value, label: s.label, where: { 'where[status][equals]': s.value } })),
  { key: 'all', label: { zh: '全部', en: 'All' }, where: {} },
]

function activeTab(params: URLSearchParams): string {
  const equals = params.get('where[status][equals]')
  if (equals) return equals
  const inList = [...params.keys()].filter((k) => k.startsWith('where[status][in]')).map((k) => params.get(k))
  if (inList.length === OPEN.length && OPEN.every((s) => inList.includes(s))) return 'open'
  return [...params.keys()].some((k) => k.startsWith('where')) ? '' : 'all'
}

export function StatusTabs() {
  const params = useSearchParams()
  const pathname = usePathname()
  const { i18n } = useTranslation()
  const locale = i18n.language === 'en' ? 'en' : 'zh'
  const current = activeTab(new URLSearchParams(params.toString()))
  const keep = new URLSearchParams()
  for (const name of ['sort', 'limit', 'search']) {
    const value = params.get(name)
    if (value) keep.set(name, value)
  }
  return (
    <nav aria-label={locale === 'en' ? 'Filter by status' : '按状态筛选'} className="linli-status-tabs" style={{ display: 'flex', flexWrap: 'wrap', gap: 'calc(var(--base) / 3)', marginBottom: 'calc(var(--base) / 2)' }}>
      {tabs.map((tab) => {
        const query = new URLSearchParams(keep)
        for (const [name, value] of Object.entries(tab.where)) query.set(name, value)
        const active = current === tab.key
        return (
          <Link
            key={tab.key}
            href={`${pathname}${query.size ? `?${query}` : ''}`}
            aria-current={active ? 'page' : undefined}
            className={`btn btn--size-small ${active ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: 0 }}
            data-status-tab={tab.key}
          >
            {tab.label[locale]}
          </Link>
        )
      })}
    </nav>
  )
}
