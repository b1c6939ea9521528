import { notFound } from 'next/navigation'

import type { PageContext } from '@/components/site/types'
import { isMode } from './mode'
import { isLocale } from './paths'

export type RouteParams = { locale: string; mode: string }

/** Validates the locale and mode segments and names the page's own path (without the language prefix). */
export async function pageContext(params: Promise<RouteParams>, path: string): Promise<PageContext> {
  const { locale, mode } = await params
  if (!isLocale(locale) || !isMode(mode)) notFound()
  return { locale, mode, path }
}

/** `/stories/page/2` style page numbers: digits only, and page 1 has no such URL. */
export function parsePageNumber(value: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(value)) return null
  const page = Number(value)
  return page >= 2 ? page : null
}
