'use client'

import { useParams } from 'next/navigation'

import { NotFoundMessage } from './NotFoundMessage'

export type NotFoundText = { title: string; body: string; home: string; homeHref: string; search: string; searchHref: string }

/**
 * The last-resort 404 for a not-found no page caught itself (see NotFoundGuard). Next gives not-found
 * pages no params, so both languages' few words come in and the route params pick one. Kept small:
 * every page's payload carries it.
 */
export function NotFoundBody({ text }: { text: Record<'zh' | 'en', NotFoundText> }) {
  const t = text[useParams<{ locale?: string }>()?.locale === 'en' ? 'en' : 'zh']
  return (
    <main id="main" className="container">
      <NotFoundMessage text={t} />
    </main>
  )
}
