import type { ReactNode } from 'react'

import type { Page } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { Pagination } from './Pagination'

/** A page of the stories or cases list: heading, the cards (or the “none yet” line) and pagination. */
export function ArticleList({ section, locale, result, cards }: { section: 'stories' | 'cases'; locale: Locale; result: Page<unknown>; cards: ReactNode }) {
  const t = getDictionary(locale)[section]
  return (
    <>
      <header className="page-head">
        <h1>{t.title}</h1>
        <p className="lead">{t.description}</p>
      </header>
      {result.docs.length ? cards : <p>{t.empty}</p>}
      <Pagination locale={locale} base={`/${section}`} page={result.page} totalPages={result.totalPages} />
    </>
  )
}
