import type { ReactNode } from 'react'

import type { Mode } from '@/lib/content/mode'
import type { Locale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { getDictionary } from '@/lib/i18n'
import { ReadAloud } from './ReadAloud'

/**
 * Title, a line of facts, the summary, and in elder mode the read-aloud button for the element `readTarget`.
 * Read-aloud is offered in elder mode only, deliberately: elder mode is the one switch for those who
 * need the page bigger and heard, it already ships its larger type, and outside it every reading page
 * stays free of our own client JavaScript (issue 14, point 15: old phones). Where reading aloud fails,
 * it offers `phone` (the activity's contact, else the team's).
 */
export async function ArticleHeader({
  title,
  meta,
  summary,
  locale,
  mode,
  readTarget,
  phone,
  facts,
}: {
  title: string
  meta?: ReactNode
  summary?: string | null
  locale: Locale
  mode: Mode
  readTarget: string
  phone?: string | null
  /** What a visitor must know first (an activity's date, place, how to take part): shown before the summary, on the first screen. */
  facts?: ReactNode
}) {
  const t = getDictionary(locale)
  const elder = mode === 'elder'
  const callable = elder ? phone || (await getSiteSettings(locale)).contactPhone : null
  return (
    <header className="page-head">
      <h1>{title}</h1>
      {meta ? <p className="meta">{meta}</p> : null}
      {facts}
      {summary ? <p className="lead">{summary}</p> : null}
      {elder ? <ReadAloud targetId={readTarget} lang={locale === 'zh' ? 'zh-CN' : 'en'} labels={t.readAloud} phone={callable} /> : null}
    </header>
  )
}
