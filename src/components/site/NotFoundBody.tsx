import { locales } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { notFoundText } from '@/lib/i18n/notFoundText'
import { NotFoundMessage } from './NotFoundMessage'

export type NotFoundText = { title: string; body: string; home: string; homeHref: string; search: string; searchHref: string }

/**
 * The last-resort 404 for a not-found no page caught itself (see NotFoundGuard). Next gives not-found
 * pages no params, so both languages' few words are sent and the stylesheet shows the one of the
 * page's `<html lang>`. A server component: as a client one that picked its language from the address,
 * it was hydrated on every page (issue 14, point 15). Kept small: every page's payload carries it.
 */
export function NotFoundBody() {
  const text = notFoundText()
  return (
    <main id="main" className="container">
      {locales.map((locale) => (
        <div key={locale} lang={getDictionary(locale).htmlLang} data-not-found-locale={locale}>
          <NotFoundMessage text={text[locale]} />
        </div>
      ))}
    </main>
  )
}
