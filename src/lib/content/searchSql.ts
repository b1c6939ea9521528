import type { Locale, RoutedCollection } from './paths'

export const SEARCH_PER_PAGE = 10
/** Totals are counted up to here ("more than 1000"): beyond it, an exact number costs a text read per document and helps no one. */
export const SEARCH_MAX_RESULTS = 1000

type Source = { collection: RoutedCollection; table: string; date: string; title: string; summary: string; body: string[] }

/** The tables Payload created for each searchable collection (see the initial migration). */
const sources: Source[] = [
  { collection: 'stories', table: 'stories', date: 'published_at', title: 'title', summary: 'summary', body: ['body'] },
  { collection: 'activities', table: 'activities', date: 'starts_at', title: 'title', summary: 'summary', body: ['body'] },
  { collection: 'cases', table: 'cases', date: 'published_at', title: 'title', summary: 'summary', body: ['background', 'practice', 'outcomes', 'lessons'] },
  { collection: 'recruitment-calls', table: 'recruitment_calls', date: 'opens_at', title: 'title', summary: 'summary', body: ['duties', 'requirements'] },
]

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`)
/** Terms without upper/lower case (Chinese) use LIKE, which compares bytes and is far cheaper than ILIKE. */
const hasCase = (term: string) => term.toLowerCase() !== term.toUpperCase()

/**
 * SQL for one collection. English falls back to Chinese field by field, as Payload does. Rich text is matched
 * on its jsonb text (cheap) and then on the text nodes only, so words like "text" or "paragraph" in the JSON
 * structure never match.
 */
function sourceSql(s: Source, locale: Locale, termParams: { param: string; op: string }[]): string {
  const field = (name: string) => (locale === 'zh' ? `z.${name}` : `coalesce(l.${name}, z.${name})`)
  const bodies = s.body.map((b) => ({ raw: `${field(b)}::text`, text: `jsonb_path_query_array(${field(b)}, 'strict $.**.text')::text` }))
  const matches = termParams.map(({ param, op }) => {
    const body = bodies.map((b) => `(${b.raw} ${op} ${param} and ${b.text} ${op} ${param})`).join(' or ')
    return {
      where: `(${field(s.title)} ${op} ${param} or ${field(s.summary)} ${op} ${param} or ${body})`,
      rank: `(case when ${field(s.title)} ${op} ${param} then 3 when ${field(s.summary)} ${op} ${param} then 2 else 1 end)`,
    }
  })
  const joinLocale = locale === 'zh' ? '' : `left join ${s.table}_locales l on l._parent_id = d.id and l._locale = 'en'`
  return `select '${s.collection}' as collection, d.id, d.slug, ${field(s.title)} as title, ${field(s.summary)} as summary,
      d.${s.date} as date, ${matches.map((m) => m.rank).join(' + ')} as rank
    from ${s.table} d
    join ${s.table}_locales z on z._parent_id = d.id and z._locale = 'zh'
    ${joinLocale}
    where d._status = 'published' and d.slug is not null and ${matches.map((m) => m.where).join(' and ')}`
}

/** Parameterized SQL: only the table and column names above are interpolated, never user input. */
export function searchSql(locale: Locale, terms: string[], page: number): { sql: string; values: (string | number)[] } {
  const values: (string | number)[] = []
  const termParams = terms.map((term) => {
    values.push(`%${escapeLike(term)}%`)
    return { param: `$${values.length}`, op: hasCase(term) ? 'ilike' : 'like' }
  })
  values.push(SEARCH_PER_PAGE, (page - 1) * SEARCH_PER_PAGE)
  const [limit, offset] = [`$${values.length - 1}`, `$${values.length}`]
  const sql = `select *, count(*) over () as total from (${sources.map((s) => sourceSql(s, locale, termParams)).join('\nunion all\n')}) hits
    order by rank desc, date desc nulls last, id desc limit ${limit} offset ${offset}`
  return { sql, values }
}

/** Length of the suffixes indexed by linli_search_suffixes (migration 20261128_210000_search_published_rows). */
const SUFFIX_CHARS = 32

/**
 * How the index finds a term, and whether the index alone proves it is in the text. A term of printable
 * ASCII only (no whitespace, by parsing) lies inside one run of such characters, so the index of every
 * run's suffixes finds exactly the text holding it, as a prefix of a suffix ("ork" is how "worked" goes
 * on); a term longer than the indexed suffixes is found by its start and confirmed in the text. Chinese
 * uses the character-pair index: text holding every pair of a term without the term itself is so rare
 * that the text is not read to make sure. Terms mixing the two are found by their n-grams and confirmed.
 */
function termLookup(term: string): { by: 'suffixes' | 'grams'; exact: boolean } {
  if (/^[!-~]+$/.test(term)) return { by: 'suffixes', exact: term.length <= SUFFIX_CHARS }
  const chars = Array.from(term)
  return { by: 'grams', exact: chars.length >= 2 && chars.every((c) => c.codePointAt(0)! >= 0x80) }
}

/** A tsquery matching the lexemes that start with the term (quoted, so no character is an operator). */
const prefixQuery = (term: string) => `'${term.slice(0, SUFFIX_CHARS).replace(/[\\']/g, (c) => (c === "'" ? "''" : '\\\\'))}':*`

/**
 * The indexed search (migrations 20261128_150000_search_index and 20261128_210000_search_published_rows):
 * candidate rows from the indexes of public rows (see termLookup), ranked and ordered from their own narrow
 * columns. The full text is read only where the index cannot prove a match and the title and summary do not
 * either, and only until one page of hits and the capped total are found.
 * English also searches the Chinese rows, because English falls back to Chinese where untranslated; a
 * document then has up to two rows, which is why row limits are per locale searched.
 */
export function indexedSearchSql(locale: Locale, terms: string[], page: number): { sql: string; values: (string | number | string[])[] } {
  const locales = locale === 'zh' ? ['zh'] : ['en', 'zh']
  const values: (string | number | string[])[] = [locales]
  const lookups: string[] = []
  const ranks: string[] = []
  const proven: string[] = []
  const inText: string[] = []
  const param = (value: string) => `$${values.push(value)}`
  for (const term of terms) {
    const p = param(`%${escapeLike(term)}%`)
    const rank = `(case when s.title_lc like lower(${p}) then 3 when s.summary_lc like lower(${p}) then 2 else 1 end)`
    ranks.push(rank)
    const { by, exact } = termLookup(term)
    if (by === 'suffixes') lookups.push(`linli_search_suffixes(s.content) @@ ${param(prefixQuery(term))}::tsquery`)
    else lookups.push(`linli_search_grams(s.content) @> linli_search_grams(lower(${param(term)}))`)
    if (exact) continue
    proven.push(`${rank} > 1`)
    inText.push(`x.content like lower(${p})`)
  }
  // Rows the index and their title and summary do not prove are confirmed in their text (one row each, by its ctid).
  const textHolds = `exists (select from linli_search x where x.ctid = c.tid and ${inText.join(' and ')})`
  const offset = (page - 1) * SEARCH_PER_PAGE
  values.push(locales.length * (offset + SEARCH_PER_PAGE), SEARCH_PER_PAGE, offset, locales.length * (SEARCH_MAX_RESULTS + 1))
  const [rows, limit, skip, countRows] = [4, 3, 2, 1].map((n) => `$${values.length + 1 - n}`)
  const order = 'rank desc, sort_date desc nulls last, parent_id desc, source'
  // Titles are looked up for the one page of hits only; English falls back to the Chinese row.
  // "is true" keeps the locale a plain filter: PostgreSQL 18 would otherwise AND the index hits with a skip
  // scan of every row's locale (the 100 first-time words of the search bench: about 10% less time in all).
  const sql = `with cand as materialized (
      select s.ctid as tid, s.source, s.parent_id, s.sort_date, ${ranks.join(' + ')} as rank, ${proven.length ? proven.join(' and ') : 'true'} as proven
      from linli_search s
      where s.published and (s.locale = any($1::text[])) is true and ${lookups.join(' and ')}
    ), found as (
      -- Best first, and only as many as the page needs: "offset 0" keeps the text check above the sort.
      select c.source, c.parent_id, c.sort_date, c.rank
      from (select * from cand order by ${order} offset 0) c
      ${inText.length ? `where c.proven or ${textHolds}` : ''}
      limit ${rows}
    ), page as (
      select * from (select distinct on (source, parent_id) * from found order by source, parent_id, rank desc) best
      order by ${order}
      limit ${limit} offset ${skip}
    ), total as (
      select count(*) as n from (
        select distinct source, parent_id from (
          select c.source, c.parent_id from cand c where c.proven
          ${inText.length ? `union all select c.source, c.parent_id from cand c where not c.proven and ${textHolds}` : ''}
          limit ${countRows}
        ) r
      ) docs
    )
    select p.source as collection, p.parent_id as id, coalesce(l.slug, z.slug) as slug, p.sort_date as date, t.n as total,
      coalesce(l.title, z.title) as title, coalesce(l.summary, z.summary) as summary
    from total t
    left join page p on true
    left join linli_search z on z.source = p.source and z.parent_id = p.parent_id and z.locale = 'zh'
    left join linli_search l on l.source = p.source and l.parent_id = p.parent_id and l.locale = $1[1]
    order by p.rank desc, p.sort_date desc nulls last, p.parent_id desc, p.source`
  return { sql, values }
}
