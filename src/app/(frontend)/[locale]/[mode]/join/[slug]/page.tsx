import type { Metadata } from 'next'

import { CallDetail } from '@/components/join/CallDetail'
import { SiteShell } from '@/components/site/SiteShell'
import { clockBucket } from '@/lib/content/cached'
import { getOpenCalls } from '@/lib/content/calls'
import { loadDetail } from '@/lib/content/detail'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { pageMetadata } from '@/lib/seo/metadata'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'

/** Open or closed follows the dates. */
export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { slug: string }> }

async function metadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale } = await pageContext(params, '/')
  const { doc } = await loadDetail('recruitment-calls', locale, slug)
  return pageMetadata({ locale, path: `/join/${doc.slug}`, title: doc.title, description: doc.summary })
}

export const generateMetadata = withNotFoundMetadata(metadata)

async function CallPage({ params }: Props) {
  const { slug } = await params
  const { locale, mode } = await pageContext(params, '/')
  const { doc, viewer } = await loadDetail('recruitment-calls', locale, slug)
  const now = clockBucket()
  const openCalls = await getOpenCalls(locale, now)
  return (
    <SiteShell context={{ locale, mode, path: `/join/${doc.slug}` }} preview={viewer.preview}>
      <CallDetail call={doc} openCalls={openCalls} locale={locale} now={now} />
    </SiteShell>
  )
}

export default withNotFoundPage(CallPage)
