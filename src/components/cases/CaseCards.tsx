import { ArticleCards } from '@/components/site/ArticleCards'
import { formatDate } from '@/lib/content/dates'
import type { Locale } from '@/lib/content/paths'
import type { Case } from '@/payload-types'

export function CaseCards({ cases, locale }: { cases: Case[]; locale: Locale }) {
  return (
    <ArticleCards
      collection="cases"
      items={cases}
      locale={locale}
      meta={(item) => <p className="meta">{[item.organisation, item.publishedAt ? formatDate(item.publishedAt, locale) : null].filter(Boolean).join(' · ')}</p>}
    />
  )
}
