import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'
import { SiteShell } from '@/components/site/SiteShell'
import type { PageContext } from '@/components/site/types'
import { getDictionary, type Dictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'
import type { Locale } from './paths'
import { pageContext, parsePageNumber, type RouteParams } from './route'

export type ListPageProps = { params: Promise<RouteParams & { page: string }> }

type ListSpec<R extends { totalPages: number }> = {
  /** The list's path without the language prefix, e.g. `/stories`. */
  base: string
  title: (t: Dictionary) => string
  load: (locale: Locale, page: number) => Promise<R>
  list: (locale: Locale, result: R) => ReactNode
}

/**
 * The metadata and page of a `/…/page/[page]` route: a page number that is not ours, or past the
 * end, is a 404 (as a whole page, see NotFoundGuard); the route file says only which list it shows.
 */
export function paginatedListPage<R extends { totalPages: number }>(spec: ListSpec<R>) {
  async function resolve(params: ListPageProps['params']): Promise<{ context: PageContext; page: number; result: R }> {
    const page = parsePageNumber((await params).page)
    if (!page) notFound()
    const context = await pageContext(params, `${spec.base}/page/${page}`)
    const result = await spec.load(context.locale, page)
    if (page > result.totalPages) notFound()
    return { context, page, result }
  }

  async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
    const { context, page } = await resolve(params)
    const t = getDictionary(context.locale)
    return pageMetadata({ locale: context.locale, path: context.path, title: `${spec.title(t)} · ${t.pagination.short(page)}` })
  }

  async function ListPage({ params }: ListPageProps) {
    const { context, result } = await resolve(params)
    return <SiteShell context={context}>{spec.list(context.locale, result)}</SiteShell>
  }

  return { generateMetadata: withNotFoundMetadata(generateMetadata), ListPage: withNotFoundPage(ListPage) }
}
