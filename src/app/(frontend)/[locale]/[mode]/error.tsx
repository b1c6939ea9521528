'use client'

import { useParams } from 'next/navigation'

import { localePath } from '@/lib/content/paths'
import { errorTexts } from '@/lib/i18n/errorTexts'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useParams<{ locale?: string }>()?.locale === 'en' ? 'en' : 'zh'
  const t = errorTexts[locale]
  return (
    <main id="main" className="container narrow">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <div className="actions">
        <button type="button" className="button" onClick={reset}>
          {t.retry}
        </button>
        <a className="button secondary" href={localePath(locale, '/')}>
          {t.home}
        </a>
      </div>
    </main>
  )
}
