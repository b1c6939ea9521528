import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteShell } from '@/components/site/SiteShell'
import { StoriesList } from '@/components/stories/StoriesList'
import { pageContext, parsePageNumber, type RouteParams } from '@/lib/content/route'
import { getStoriesPage } from '@/lib/content/stories'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { page: string }> }

export const generateMetadata = withNotFoundMetadata(async ({ params }: Props): Promise<Metadata> => {
  const page = parsePageNumber((await params).page)
  if (!page) notFound()
  const { locale } = await pageContext(params, `/stories/page/${page}`)
  if (page > (await getStoriesPage(locale, page)).totalPages) notFound()
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: `/stories/page/${page}`, title: `${t.stories.title} · ${t.pagination.short(page)}` })
})

async function StoriesPageN({ params }: Props) {
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

export default withNotFoundPage(StoriesPageN)
