import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteShell } from '@/components/site/SiteShell'
import { StoriesList } from '@/components/stories/StoriesList'
import { pageContext, parsePageNumber, type RouteParams } from '@/lib/content/route'
import { getStoriesPage } from '@/lib/content/stories'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params
  const { locale } = await pageContext(params, `/stories/page/${page}`)
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: `/stories/page/${page}`, title: `${t.stories.title} · ${t.pagination.short(Number(page))}` })
}

export default async function StoriesPageN({ params }: Props) {
  const { page: raw } = await params
  const page = parsePageNumber(raw)
  if (!page) notFound()
  const context = await pageContext(params, `/stories/page/${page}`)
  const result = await getStoriesPage(context.locale, page)
  if (page > result.totalPages) notFound()
  return (
    <SiteShell context={context}>
      <StoriesList locale={context.locale} result={result} />
    </SiteShell>
  )
}
