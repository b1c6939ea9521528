import type { Metadata } from 'next'

import { JsonLd } from '@/components/site/JsonLd'
import { SiteShell } from '@/components/site/SiteShell'
import { StoryArticle } from '@/components/stories/StoryArticle'
import { loadDetail } from '@/lib/content/detail'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { articleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata } from '@/lib/seo/metadata'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { slug: string }> }

async function metadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale } = await pageContext(params, `/stories/${slug}`)
  const { doc } = await loadDetail('stories', locale, slug)
  return pageMetadata({
    locale,
    path: `/stories/${doc.slug}`,
    title: doc.title,
    description: doc.summary,
    image: doc.cover,
    type: 'article',
    publishedTime: doc.publishedAt,
  })
}

export const generateMetadata = withNotFoundMetadata(metadata)

async function StoryPage({ params }: Props) {
  const { slug } = await params
  const { locale, mode } = await pageContext(params, '/')
  const { doc, viewer } = await loadDetail('stories', locale, slug)
  const path = `/stories/${doc.slug}`
  const settings = await getSiteSettings(locale)
  return (
    <SiteShell context={{ locale, mode, path }} preview={viewer.preview}>
      <JsonLd data={articleJsonLd(doc, path, locale, settings, doc.authorName)} />
      <StoryArticle story={doc} locale={locale} mode={mode} />
    </SiteShell>
  )
}

export default withNotFoundPage(StoryPage)
