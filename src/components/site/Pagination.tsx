import { localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'

/** Page 1 lives at the list's own path, page n at `{base}/page/n`: no query strings, so every page is cacheable. */
export const pageHref = (locale: Locale, base: string, page: number) =>
  localePath(locale, page <= 1 ? base : `${base}/page/${page}`)

export function Pagination({ locale, base, page, totalPages }: { locale: Locale; base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const t = getDictionary(locale)
  return (
    <nav className="pagination" aria-label={t.pagination.label}>
      {page > 1 ? (
        <a className="button secondary" href={pageHref(locale, base, page - 1)} rel="prev">
          {t.pagination.previous}
        </a>
      ) : null}
      <span aria-current="page">{t.pagination.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a className="button secondary" href={pageHref(locale, base, page + 1)} rel="next">
          {t.pagination.next}
        </a>
      ) : null}
    </nav>
  )
}
