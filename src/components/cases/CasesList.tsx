import { Pagination } from '@/components/site/Pagination'
import type { Page } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Case } from '@/payload-types'
import { CaseCards } from './CaseCards'

export function CasesList({ locale, result }: { locale: Locale; result: Page<Case> }) {
  const t = getDictionary(locale)
  return (
    <>
      <header className="page-head">
        <h1>{t.cases.title}</h1>
        <p className="lead">{t.cases.description}</p>
      </header>
      {result.docs.length ? <CaseCards cases={result.docs} locale={locale} /> : <p>{t.cases.empty}</p>}
      <Pagination locale={locale} base="/cases" page={result.page} totalPages={result.totalPages} />
    </>
  )
}
