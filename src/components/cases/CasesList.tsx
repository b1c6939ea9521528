import { ArticleList } from '@/components/site/ArticleList'
import type { Page } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import type { Case } from '@/payload-types'
import { CaseCards } from './CaseCards'

export function CasesList({ locale, result }: { locale: Locale; result: Page<Case> }) {
  return <ArticleList section="cases" locale={locale} result={result} cards={<CaseCards cases={result.docs} locale={locale} />} />
}
