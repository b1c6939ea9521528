import { ArticleList } from '@/components/site/ArticleList'
import type { Page } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import type { Story } from '@/payload-types'
import { StoryCards } from './StoryCard'

export function StoriesList({ locale, result }: { locale: Locale; result: Page<Story> }) {
  return <ArticleList section="stories" locale={locale} result={result} cards={<StoryCards stories={result.docs} locale={locale} />} />
}
