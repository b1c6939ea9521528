import { Pagination } from '@/components/site/Pagination'
import type { Page } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Story } from '@/payload-types'
import { StoryCards } from './StoryCard'

export function StoriesList({ locale, result }: { locale: Locale; result: Page<Story> }) {
  const t = getDictionary(locale)
  return (
    <>
      <header className="page-head">
        <h1>{t.stories.title}</h1>
        <p className="lead">{t.stories.description}</p>
      </header>
      {result.docs.length ? <StoryCards stories={result.docs} locale={locale} /> : <p>{t.stories.empty}</p>}
      <Pagination locale={locale} base="/stories" page={result.page} totalPages={result.totalPages} />
    </>
  )
}
