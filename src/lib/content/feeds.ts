import type { Case, Story } from '@/payload-types'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'
import type { Locale, RoutedCollection } from './paths'
import { cacheTags } from './tags'

const FEED_LIMIT = 30

export type FeedEntry = { collection: 'stories' | 'cases'; slug: string; title: string; summary: string | null; date: string; author: string | null }

/** The latest stories and cases together, newest first. */
export const getFeedEntries = cachedRead('feed-entries', [cacheTags.stories, cacheTags.cases], async (locale: Locale): Promise<FeedEntry[]> => {
  const payload = await getPayloadClient()
  const read = { locale, fallbackLocale: 'zh' as const, limit: FEED_LIMIT, depth: 0, sort: '-publishedAt', overrideAccess: false, draft: false }
  const [stories, cases] = await Promise.all([
    payload.find({ collection: 'stories', ...read, select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true, authorName: true } }),
    payload.find({ collection: 'cases', ...read, select: { title: true, slug: true, summary: true, publishedAt: true, updatedAt: true, author: true } }),
  ])
  const entry = (collection: FeedEntry['collection'], doc: { slug?: string | null; title?: string; summary?: string | null; publishedAt?: string | null; updatedAt?: string }, author: string | null | undefined): FeedEntry | null =>
    doc.slug ? { collection, slug: doc.slug, title: doc.title ?? '', summary: doc.summary ?? null, date: doc.publishedAt ?? doc.updatedAt ?? '', author: author ?? null } : null
  return [
    ...stories.docs.map((d) => entry('stories', d as Partial<Story>, (d as Partial<Story>).authorName)),
    ...cases.docs.map((d) => entry('cases', d as Partial<Case>, (d as Partial<Case>).author)),
  ]
    .filter((e): e is FeedEntry => e !== null)
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, FEED_LIMIT)
})

export type SitemapEntry = { collection: RoutedCollection; slug: string; updatedAt: string }

/** Every published document's slug, for the sitemap. */
export const getSitemapEntries = cachedRead(
  'sitemap-entries',
  [cacheTags.stories, cacheTags.activities, cacheTags.recruitmentCalls, cacheTags.cases],
  async (): Promise<SitemapEntry[]> => {
    const payload = await getPayloadClient()
    const collections: RoutedCollection[] = ['stories', 'activities', 'recruitment-calls', 'cases']
    const lists = await Promise.all(
      collections.map(async (collection) => {
        const result = await payload.find({
          collection,
          pagination: false,
          depth: 0,
          overrideAccess: false,
          draft: false,
          select: { slug: true, updatedAt: true },
        })
        return result.docs
          .map((d) => d as { slug?: string | null; updatedAt: string })
          .filter((d) => d.slug)
          .map((d) => ({ collection, slug: d.slug as string, updatedAt: d.updatedAt }))
      }),
    )
    return lists.flat()
  },
)
