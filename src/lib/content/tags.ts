import type { RoutedCollection } from './paths'

/**
 * Cache tags: the contract between the CMS (hooks that expire them) and the site (cached reads).
 * A document of a routed collection has its own tag, `<collection>/<slug>`, carried by its detail page
 * only; the collection's plain tag (`stories`…) is carried by everything that lists its documents:
 * list pages, the home page, feeds, the sitemap, search. So publishing one story refreshes its page
 * and the lists, never another story's page. Taxonomies, media and the settings, shown on many pages
 * and rarely edited, have one tag each.
 */
export const cacheTags = {
  stories: 'stories',
  activities: 'activities',
  recruitmentCalls: 'recruitment-calls',
  cases: 'cases',
  topics: 'topics',
  courtyards: 'courtyards',
  media: 'media',
  siteSettings: 'site-settings',
  recruitmentSettings: 'recruitment-settings',
} as const

export type DocumentTag = `${RoutedCollection}/${string}`
export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags] | DocumentTag

/** The tag of everything that lists a collection's documents. */
export const listTag = {
  stories: cacheTags.stories,
  activities: cacheTags.activities,
  'recruitment-calls': cacheTags.recruitmentCalls,
  cases: cacheTags.cases,
} as const satisfies Record<RoutedCollection, CacheTag>

/** The tag of one document's page (and of its old slugs' redirects). */
export const documentTag = (collection: RoutedCollection, slug: string): DocumentTag => `${collection}/${slug}`

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const routed = new Set<string>(Object.keys(listTag))
const known = new Set<string>(Object.values(cacheTags))

export function isCacheTag(value: unknown): value is CacheTag {
  if (typeof value !== 'string' || value.length > 256) return false
  if (known.has(value)) return true
  const slash = value.indexOf('/')
  return slash > 0 && routed.has(value.slice(0, slash)) && SLUG.test(value.slice(slash + 1))
}
