'use client'

import { useParams } from 'next/navigation'

import { localePath } from '@/lib/content/paths'
import { en } from '@/lib/i18n/en'
import { zh } from '@/lib/i18n/zh'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useParams<{ locale?: string }>()?.locale === 'en' ? 'en' : 'zh'
  const t = locale === 'en' ? en : zh
  return (
    <main id="main" className="container narrow">
      <h1>{t.error.title}</h1>
      <p>{t.error.body}</p>
      <div className="actions">
        <button type="button" className="button" onClick={reset}>
          {t.error.retry}
        </button>
        <a className="button secondary" href={localePath(locale, '/')}>
          {t.notFound.home}
        </a>
      </div>
    </main>
  )
}
