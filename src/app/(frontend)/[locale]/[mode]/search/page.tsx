import type { Metadata } from 'next'

import { SearchView } from '@/components/search/SearchView'
import { SiteShell } from '@/components/site/SiteShell'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { parseQuery, SEARCH_MAX_PAGE, searchDocuments } from '@/lib/content/search'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'

/** The one dynamic page (it reads the query string); it never reads cookies or headers. */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<RouteParams>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/search')
  const t = getDictionary(locale)
  const query = parseQuery((await searchParams).q)
  const meta = await pageMetadata({ locale, path: '/search', title: query.ok ? `${t.search.title}${t.colon}${query.text}` : t.search.title, description: t.search.description })
  return { ...meta, robots: query.text ? { index: false, follow: true } : undefined }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const context = await pageContext(params, '/search')
  const sp = await searchParams
  const query = parseQuery(sp.q)
  const page = Math.min(SEARCH_MAX_PAGE, Math.max(1, Number.parseInt(String(sp.page ?? '1'), 10) || 1))
  const result = query.ok ? await searchDocuments(context.locale, query.terms.join(' '), page) : null
  return (
    <SiteShell context={context}>
      <SearchView locale={context.locale} query={query} result={result} />
    </SiteShell>
  )
}
