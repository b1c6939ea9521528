import { cachedRead } from './cached'
import { listPublished } from './documents'
import type { Locale } from './paths'
import { cacheTags } from './tags'

export const CASES_PER_PAGE = 12

const listTags = [cacheTags.cases, cacheTags.media]

export const getCasesPage = cachedRead('cases-page', listTags, (locale: Locale, page: number) =>
  listPublished('cases', { locale, page, limit: CASES_PER_PAGE, sort: '-publishedAt' }),
)

export const getFeaturedCase = cachedRead('cases-featured', listTags, async (locale: Locale) =>
  (await listPublished('cases', { locale, page: 1, limit: 1, sort: '-publishedAt' })).docs[0] ?? null,
)
