export type Locale = 'zh' | 'en'
export const locales: readonly Locale[] = ['zh', 'en']
export const defaultLocale: Locale = 'zh'

export const isLocale = (value: unknown): value is Locale => value === 'zh' || value === 'en'

const collectionBase = {
  stories: '/stories',
  activities: '/activities',
  'recruitment-calls': '/join',
  cases: '/cases',
} as const

export type RoutedCollection = keyof typeof collectionBase
export const isRoutedCollection = (value: string): value is RoutedCollection => Object.hasOwn(collectionBase, value)

/** Chinese lives at the root, English under /en, with the same paths. */
export function localePath(locale: Locale, path: string): string {
  const clean = path === '/' ? '' : path
  return locale === 'en' ? `/en${clean}` || '/en' : clean || '/'
}

/** A document's path without the language prefix, e.g. `/join/abc`. */
export const unprefixedPath = (collection: RoutedCollection, slug: string) => `${collectionBase[collection]}/${slug}`

export function documentPath(collection: RoutedCollection, slug: string, locale: Locale = 'zh'): string {
  return localePath(locale, `${collectionBase[collection]}/${encodeURIComponent(slug)}`)
}

export function previewPath(collection: RoutedCollection, slug: string, locale?: string): string {
  const params = new URLSearchParams({ collection, slug, locale: isLocale(locale) ? locale : defaultLocale })
  return `/preview?${params.toString()}`
}

export function siteUrl(): string {
  return (process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '')
}
