import type { Locale } from '@/lib/content/paths'
import type { Mode } from '@/lib/content/mode'

/** Where a page is: its language, its variant, and its path without the language prefix (e.g. `/stories/abc`). */
export type PageContext = { locale: Locale; mode: Mode; path: string }
