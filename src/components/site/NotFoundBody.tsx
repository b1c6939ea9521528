'use client'

import { useParams } from 'next/navigation'

export type NotFoundText = { title: string; body: string; home: string; homeHref: string; search: string; searchHref: string }

/**
 * Next gives not-found pages no params, so both languages' few words come in and the route params pick one.
 * Kept small: every page's payload carries it. (Next 16 renders a 404 under a dynamic root layout in the
 * browser: the response is a 404 with this content in its payload, but its HTML shell is empty.)
 */
export function NotFoundBody({ text }: { text: Record<'zh' | 'en', NotFoundText> }) {
  const t = text[useParams<{ locale?: string }>()?.locale === 'en' ? 'en' : 'zh']
  return (
    <main id="main" className="container narrow" data-not-found>
      <h1>{t.title}</h1>
      <p className="lead">{t.body}</p>
      <div className="actions">
        <a className="button" href={t.homeHref}>
          {t.home}
        </a>
        <a className="button secondary" href={t.searchHref}>
          {t.search}
        </a>
      </div>
    </main>
  )
}
