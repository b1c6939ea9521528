import type { Locale } from '@/lib/content/paths'
import type { Dictionary } from './dictionary'
import { en } from './en'
import { zh } from './zh'

export type { Dictionary }

const dictionaries: Record<Locale, Dictionary> = { zh, en }

export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale]
}
