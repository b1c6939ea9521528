import type { Locale, RoutedCollection } from './paths'

export const SEARCH_PER_PAGE = 10

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

/**
 * Whether the n-grams alone decide a match. A term's single n-gram is the term itself; and for Chinese, text
 * holding every bigram of a term without the term itself is so rare that the costly text recheck is skipped.
 * ASCII words are always rechecked: "volunteers" shares all its trigrams with "volunteer … others".
 */
function gramsSuffice(term: string): boolean {
  const chars = Array.from(term)
  const ascii = (c: string | undefined) => c !== undefined && c.length === 1 && c.charCodeAt(0) < 0x80
  if (chars.length === 3 && ascii(chars[0]) && ascii(chars[1])) return true
  return chars.length >= 2 && chars.every((c) => !ascii(c))
}

/**
 * The indexed search (migration 20261128_150000_search_index): candidate rows from the n-gram index, a LIKE
 * recheck where the n-grams cannot prove the match, then the published documents they belong to.
 * English also searches the Chinese rows, because English falls back to Chinese where untranslated.
 */
export function indexedSearchSql(locale: Locale, terms: string[], page: number): { sql: string; values: (string | number | string[])[] } {
  const values: (string | number | string[])[] = [locale === 'zh' ? ['zh'] : ['en', 'zh']]
  const conditions: string[] = []
  const ranks: string[] = []
  for (const term of terms) {
    values.push(term, `%${escapeLike(term)}%`)
    const [t, p] = [`$${values.length - 1}`, `$${values.length}`]
    conditions.push(`linli_search_grams(s.content) @> linli_search_grams(lower(${t}))`)
    if (!gramsSuffice(term)) conditions.push(`s.content like lower(${p})`)
    ranks.push(`(case when lower(coalesce(s.title, '')) like lower(${p}) then 3 when lower(coalesce(s.summary, '')) like lower(${p}) then 2 else 1 end)`)
  }
  const docs = sources
    .map((src) => `select '${src.collection}'::text as source, id, slug, ${src.date} as date from ${src.table} where _status = 'published' and slug is not null`)
    .join('\n      union all ')
  values.push(SEARCH_PER_PAGE, (page - 1) * SEARCH_PER_PAGE)
  // Titles are looked up for the one page of hits only; English falls back to the Chinese row.
  const sql = `with matched as (
      select s.source, s.parent_id, max(${ranks.join(' + ')}) as rank
      from linli_search s
      where s.locale = any($1::text[]) and ${conditions.join(' and ')}
      group by s.source, s.parent_id
    ), docs as (
      ${docs}
    ), hits as (
      select m.source, d.id, d.slug, d.date, m.rank, count(*) over () as total
      from matched m join docs d on d.source = m.source and d.id = m.parent_id
      order by m.rank desc, d.date desc nulls last, d.id desc
      limit $${values.length - 1} offset $${values.length}
    )
    select h.source as collection, h.id, h.slug, h.date, h.total,
      coalesce(l.title, z.title) as title, coalesce(l.summary, z.summary) as summary
    from hits h
    left join linli_search z on z.source = h.source and z.parent_id = h.id and z.locale = 'zh'
    left join linli_search l on l.source = h.source and l.parent_id = h.id and l.locale = $1[1]
    order by h.rank desc, h.date desc nulls last, h.id desc`
  return { sql, values }
}
