import type { ReactNode } from 'react'

import type { Mode } from '@/lib/content/mode'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { ReadAloud } from './ReadAloud'

/** Title, a line of facts, the summary, and in elder mode the read-aloud button for the element `readTarget`. */
export function ArticleHeader({
  title,
  meta,
  summary,
  locale,
  mode,
  readTarget,
}: {
  title: string
  meta?: ReactNode
  summary?: string | null
  locale: Locale
  mode: Mode
  readTarget: string
}) {
  const t = getDictionary(locale)
  return (
    <header className="page-head">
      <h1>{title}</h1>
      {meta ? <p className="meta">{meta}</p> : null}
      {summary ? <p className="lead">{summary}</p> : null}
      {mode === 'elder' ? <ReadAloud targetId={readTarget} lang={locale === 'zh' ? 'zh-CN' : 'en'} labels={t.readAloud} /> : null}
    </header>
  )
}
