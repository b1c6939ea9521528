import { type Locale, localePath } from '@/lib/content/paths'

/** Public addresses of the recruitment routes (Chinese at the root, English under /en). */
export const recruitmentPaths = {
  form: (locale: Locale, slug?: string) => localePath(locale, slug ? `/join/${encodeURIComponent(slug)}` : '/join'),
  apply: (locale: Locale, slug?: string) => localePath(locale, slug ? `/join/${encodeURIComponent(slug)}/apply` : '/join/apply'),
  thanks: (locale: Locale, reference: string) => localePath(locale, `/join/thanks/${reference}`),
  openCalls: (locale: Locale) => localePath(locale, '/join'),
  challenge: '/api/recruitment/challenge',
}
