import type { NotFoundText } from '@/components/site/NotFoundBody'
import { localePath, locales } from '@/lib/content/paths'
import { getDictionary } from './index'

/** Both languages’ 404 words. */
export function notFoundText(): Record<'zh' | 'en', NotFoundText> {
  return Object.fromEntries(
    locales.map((locale) => {
      const t = getDictionary(locale).notFound
      return [locale, { ...t, homeHref: localePath(locale, '/'), searchHref: localePath(locale, '/search') }]
    }),
  ) as Record<'zh' | 'en', NotFoundText>
}
