import { localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'

export function NotFoundBody({ locale }: { locale: Locale }) {
  const t = getDictionary(locale)
  return (
    <div className="narrow" data-not-found>
      <h1>{t.notFound.title}</h1>
      <p className="lead">{t.notFound.body}</p>
      <div className="actions">
        <a className="button" href={localePath(locale, '/')}>
          {t.notFound.home}
        </a>
        <a className="button secondary" href={localePath(locale, '/search')}>
          {t.notFound.search}
        </a>
      </div>
    </div>
  )
}
