import type { Metadata } from 'next'

import { ActivityDetail } from '@/components/activities/ActivityDetail'
import { JsonLd } from '@/components/site/JsonLd'
import { SiteShell } from '@/components/site/SiteShell'
import { loadDetail } from '@/lib/content/detail'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { getDictionary } from '@/lib/i18n'
import { eventJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata } from '@/lib/seo/metadata'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'

/** "Ended" follows the clock. */
export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { slug: string }> }

async function metadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const { locale } = await pageContext(params, '/')
  const { doc } = await loadDetail('activities', locale, slug)
  return pageMetadata({ locale, path: `/activities/${doc.slug}`, title: doc.title, description: doc.summary, image: doc.cover })
}

export const generateMetadata = withNotFoundMetadata(metadata)

async function ActivityPage({ params }: Props) {
  const { slug } = await params
  const { locale, mode } = await pageContext(params, '/')
  const { doc, viewer } = await loadDetail('activities', locale, slug)
  const settings = await getSiteSettings(locale)
  const path = `/activities/${doc.slug}`
  const place = doc.place || settings.address || getDictionary(locale).activities.teamSpace
  return (
    <SiteShell context={{ locale, mode, path }} preview={viewer.preview}>
      <JsonLd data={eventJsonLd(doc, path, locale, settings, place)} />
      <ActivityDetail activity={doc} locale={locale} mode={mode} place={place} />
    </SiteShell>
  )
}

export default withNotFoundPage(ActivityPage)
