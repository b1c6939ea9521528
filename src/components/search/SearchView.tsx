import { formatDate } from '@/lib/content/dates'
import { documentPath, localePath, type Locale } from '@/lib/content/paths'
import type { ParsedQuery, SearchResult } from '@/lib/content/search'
import { SEARCH_MAX_CHARS } from '@/lib/content/search'
import { SEARCH_MAX_RESULTS, SEARCH_PER_PAGE } from '@/lib/content/searchSql'
import { getDictionary } from '@/lib/i18n'

function resultsHref(locale: Locale, q: string, page: number) {
  const params = new URLSearchParams({ q })
  if (page > 1) params.set('page', String(page))
  return `${localePath(locale, '/search')}?${params.toString()}`
}

export function SearchView({ locale, query, result }: { locale: Locale; query: ParsedQuery; result: SearchResult | null }) {
  const t = getDictionary(locale)
  // The page is rendered per request (force-dynamic), so "today" is today; the site's days are China's (UTC+8).
  const startOfToday = new Date(Math.floor((Date.now() + 8 * 3600_000) / 86_400_000) * 86_400_000 - 8 * 3600_000).toISOString()
  const message = !query.ok ? (query.reason === 'too-long' ? t.search.tooLong : query.reason === 'too-short' ? t.search.tooShort : t.search.empty) : null
  return (
    <>
      <header className="page-head">
        <h1>{t.search.title}</h1>
      </header>
      <form className="search-form" role="search" action={localePath(locale, '/search')} method="get">
        <label className="visually-hidden" htmlFor="q">
          {t.search.label}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.text} placeholder={t.search.placeholder} maxLength={SEARCH_MAX_CHARS} />
        <button className="button" type="submit">
          {t.search.submit}
        </button>
      </form>
      <div role="status" data-search-status>
        {message ? <p className="notice">{message}</p> : null}
        {query.ok && result ? (
          <p>
            {result.total > SEARCH_MAX_RESULTS
              ? t.search.moreResults(SEARCH_MAX_RESULTS, query.text)
              : result.total
                ? t.search.results(result.total, query.text)
                : t.search.noResults(query.text)}
          </p>
        ) : null}
      </div>
      {query.ok && result?.hits.length ? (
        <>
          <ol className="list" start={(result.page - 1) * SEARCH_PER_PAGE + 1}>
            {result.hits.map((hit) => (
              <li key={`${hit.collection}-${hit.id}`} className="row" data-search-hit={hit.collection}>
                <p className="meta">
                  <span className="badge">{t.search.kinds[hit.collection]}</span>
                  {hit.collection === 'activities' && hit.date ? (
                    // An activity's date is its start: one that started before today is over (issue 14, point 8).
                    hit.date < startOfToday ? (
                      <span className="badge closed" data-activity-state="past">{t.activities.ended}</span>
                    ) : (
                      <span className="badge" data-activity-state="upcoming">{t.activities.upcomingMark}</span>
                    )
                  ) : null}
                  {hit.date ? ` ${formatDate(hit.date, locale)}` : null}
                </p>
                <h2 className="h3">
                  <a href={documentPath(hit.collection, hit.slug, locale)}>{hit.title}</a>
                </h2>
                {hit.summary ? <p>{hit.summary}</p> : null}
              </li>
            ))}
          </ol>
          {result.totalPages > 1 ? (
            <nav className="pagination" aria-label={t.pagination.label}>
              {result.page > 1 ? (
                <a className="button secondary" href={resultsHref(locale, query.text, result.page - 1)} rel="prev">
                  {t.pagination.previous}
                </a>
              ) : null}
              <span aria-current="page">{t.pagination.page(result.page, result.totalPages)}</span>
              {result.page < result.totalPages ? (
                <a className="button secondary" href={resultsHref(locale, query.text, result.page + 1)} rel="next">
                  {t.pagination.next}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  )
}
