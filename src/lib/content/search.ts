import { cachedRead } from './cached'
import { getPayloadClient } from './payload'
import type { Locale, RoutedCollection } from './paths'
import { indexedSearchSql, SEARCH_MAX_RESULTS, SEARCH_PER_PAGE, searchSql } from './searchSql'
import { cacheTags } from './tags'

export const SEARCH_MIN_CHARS = 2
export const SEARCH_MAX_CHARS = 100
const MAX_TERMS = 5

export type SearchHit = { collection: RoutedCollection; id: number; slug: string; title: string; summary: string | null; date: string | null }
/** `total` above SEARCH_MAX_RESULTS means "more than SEARCH_MAX_RESULTS": pages stop there. */
export type SearchResult = { hits: SearchHit[]; total: number; page: number; totalPages: number }
export const SEARCH_MAX_PAGE = Math.ceil(SEARCH_MAX_RESULTS / SEARCH_PER_PAGE)
export type ParsedQuery = { ok: true; text: string; terms: string[] } | { ok: false; text: string; reason: 'empty' | 'too-short' | 'too-long' }

/**
 * The index holds Chinese character pairs and English letter triples: shorter terms cannot be looked up and
 * are left out. Letters alone may be two, since they start longer runs of letters (pinyin initials: dz → 冬至).
 */
const shortestTerm = (term: string) => (/^[\x00-\x7f]+$/.test(term) && !/^[a-z]+$/.test(term) ? 3 : 2)

/** Whitespace separates terms; every term must appear somewhere in the document. Length is counted in characters, not bytes. */
export function parseQuery(raw: string | string[] | undefined): ParsedQuery {
  // Control characters (NUL above all: PostgreSQL refuses it in text) and lone surrogates are never search text.
  const text = (Array.isArray(raw) ? raw[0] : raw ?? '')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const length = Array.from(text).length
  if (length === 0) return { ok: false, text, reason: 'empty' }
  if (length > SEARCH_MAX_CHARS) return { ok: false, text: '', reason: 'too-long' }
  if (length < SEARCH_MIN_CHARS) return { ok: false, text, reason: 'too-short' }
  const all = [...new Set(text.toLowerCase().split(' '))]
  const searchable = all.filter((term) => Array.from(term).length >= shortestTerm(term))
  if (!searchable.length) return { ok: false, text, reason: 'too-short' }
  return { ok: true, text, terms: searchable.slice(0, MAX_TERMS) }
}

async function runSearch(locale: Locale, terms: string[], page: number): Promise<SearchResult> {
  const payload = await getPayloadClient()
  type Row = Omit<SearchHit, 'id'> & { id: number | null; total: string; date: Date | null }
  let rows: Row[]
  try {
    const { sql, values } = indexedSearchSql(locale, terms, page)
    rows = (await payload.db.pool.query<Row>(sql, values)).rows
  } catch (error) {
    // A database without the search migration (e.g. schema pushed in development) still searches, slowly.
    if (!['42P01', '42883'].includes((error as { code?: string }).code ?? '')) throw error
    const { sql, values } = searchSql(locale, terms, page)
    rows = (await payload.db.pool.query<Row>(sql, values)).rows
  }
  const total = Math.min(Number(rows[0]?.total ?? 0), SEARCH_MAX_RESULTS + 1)
  return {
    // The indexed search answers one row without a hit when the page lies past the last hit, to carry the total.
    hits: rows.flatMap((r) => (r.id === null ? [] : [{
      collection: r.collection,
      id: r.id,
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      date: r.date ? new Date(r.date).toISOString() : null,
    }])),
    total,
    page,
    totalPages: Math.max(1, Math.ceil(Math.min(total, SEARCH_MAX_RESULTS) / SEARCH_PER_PAGE)),
  }
}

/** Cached per query like any other read, and refreshed whenever a searched collection changes. */
export const searchDocuments = cachedRead(
  'search',
  [cacheTags.stories, cacheTags.activities, cacheTags.cases, cacheTags.recruitmentCalls],
  (locale: Locale, termsKey: string, page: number) => runSearch(locale, termsKey.split(' '), page),
)
