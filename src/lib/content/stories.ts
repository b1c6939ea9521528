import { cachedRead } from './cached'
import { listPublished } from './documents'
import type { Locale } from './paths'
import { cacheTags } from './tags'

export const STORIES_PER_PAGE = 12

const listTags = [cacheTags.stories, cacheTags.media]

export const getStoriesPage = cachedRead('stories-page', listTags, (locale: Locale, page: number) =>
  listPublished('stories', { locale, page, limit: STORIES_PER_PAGE, sort: '-publishedAt' }),
)

export const getLatestStories = cachedRead('stories-latest', listTags, async (locale: Locale, limit: number) =>
  (await listPublished('stories', { locale, page: 1, limit, sort: '-publishedAt' })).docs,
)
