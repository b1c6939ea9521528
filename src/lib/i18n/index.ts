import type { Locale } from '@/lib/content/paths'
import type { Dictionary, Widen } from './dictionary'
import { en } from './en'
import { zh } from './zh'

export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { zh, en }

/** Any value (a route parameter, a stored field) read as a locale: English only when it says so. */
export function asLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'zh'
}

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}

/**
 * The one way to give texts to visitors in both languages. The site's own strings are the
 * dictionary above; a capability (recruitment, sign-up, volunteers, the shared forms) declares its
 * own table here: Chinese first, and English must provide every key the Chinese has.
 *
 *   export const signupTexts = defineMessages({ zh: { heading: '报名' }, en: { heading: 'Sign up' } })
 *   signupTexts[locale].heading
 */
export function defineMessages<T>(tables: { zh: T; en: Widen<T> }): Record<Locale, Widen<T>> {
  return tables as Record<Locale, Widen<T>>
}

/** Fills `{name}` placeholders in a message. */
export function fillMessage(text: string, params: Record<string, string | number | undefined> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (params[key] === undefined ? whole : String(params[key])))
}

/** A pair of words where a table would be too much: still one place (`pick(locale, { zh, en })`). */
export function pick<T>(locale: Locale, texts: Record<Locale, T>): T {
  return texts[locale]
}
