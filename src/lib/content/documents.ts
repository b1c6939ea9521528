import type { DataFromCollectionSlug, Where } from 'payload'

import { cachedRead } from './cached'
import { getPayloadClient } from './payload'
import type { Locale, RoutedCollection } from './paths'
import { cacheTags, documentTag, type CacheTag } from './tags'
import type { Viewer } from './viewer'

export type Doc<C extends RoutedCollection> = DataFromCollectionSlug<C>

/** A slug either names a document, or used to (the document was renamed: redirect), or nothing. */
export type SlugLookup<C extends RoutedCollection> = { doc: Doc<C> } | { movedTo: string } | null

/**
 * What a detail page shows besides its own document, and so which shared tags its cached read carries.
 * A document it links to (an activity's report story, a call's activity) is not among them: publishing
 * that one expires the pages linking to it (src/hooks/expirePublishedPages.ts).
 */
const sharedDetailTags: Record<RoutedCollection, CacheTag[]> = {
  stories: [cacheTags.media, cacheTags.topics, cacheTags.courtyards],
  activities: [cacheTags.media],
  'recruitment-calls': [],
  cases: [cacheTags.media, cacheTags.topics],
}

const PUBLIC_READ = { overrideAccess: false, draft: false } as const

async function lookup<C extends RoutedCollection>(
  collection: C,
  locale: Locale,
  slug: string,
  viewer: Viewer,
): Promise<SlugLookup<C>> {
  const payload = await getPayloadClient()
  const access = viewer.preview ? { overrideAccess: false, draft: true, user: viewer.user } : PUBLIC_READ
  const common = { collection, locale, fallbackLocale: 'zh' as const, limit: 1, pagination: false, ...access }
  const found = await payload.find({ ...common, depth: 1, where: { slug: { equals: slug } } })
  if (found.docs[0]) return { doc: found.docs[0] as Doc<C> }
  const renamed = await payload.find({ ...common, depth: 0, where: { 'previousSlugs.slug': { equals: slug } } })
  const current = (renamed.docs[0] as { slug?: string | null } | undefined)?.slug
  return current && current !== slug ? { movedTo: current } : null
}

const cachedLookups = Object.fromEntries(
  (Object.keys(sharedDetailTags) as RoutedCollection[]).map((collection) => [
    collection,
    cachedRead(
      `${collection}-by-slug`,
      (_locale: Locale, slug: string) => [documentTag(collection, slug), ...sharedDetailTags[collection]],
      (locale: Locale, slug: string) => lookup(collection, locale, slug, { preview: false }),
    ),
  ]),
) as { [C in RoutedCollection]: (locale: Locale, slug: string) => Promise<SlugLookup<C>> }

export function findBySlug<C extends RoutedCollection>(collection: C, locale: Locale, slug: string, viewer: Viewer): Promise<SlugLookup<C>> {
  if (viewer.preview) return lookup(collection, locale, slug, viewer)
  return (cachedLookups[collection] as (locale: Locale, slug: string) => Promise<SlugLookup<C>>)(locale, slug)
}

export type Page<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** One page of published documents (pages count from 1; an empty collection has one empty page). */
export async function listPublished<C extends RoutedCollection>(
  collection: C,
  options: { locale: Locale; page: number; limit: number; sort: string | string[]; where?: Where; depth?: number },
): Promise<Page<Doc<C>>> {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection,
    locale: options.locale,
    fallbackLocale: 'zh',
    page: options.page,
    limit: options.limit,
    sort: options.sort,
    where: options.where,
    depth: options.depth ?? 1,
    ...PUBLIC_READ,
  })
  return {
    docs: result.docs as Doc<C>[],
    page: result.page ?? options.page,
    totalPages: Math.max(1, result.totalPages),
    totalDocs: result.totalDocs,
  }
}
