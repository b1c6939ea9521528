import type { Metadata } from 'next'

import { HomeView } from '@/components/home/HomeView'
import { SiteShell } from '@/components/site/SiteShell'
import { getUpcomingActivities } from '@/lib/content/activities'
import { clockBucket } from '@/lib/content/cached'
import { getOpenCalls } from '@/recruitment/openCalls'
import { getFeaturedCase } from '@/lib/content/cases'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { getLatestStories } from '@/lib/content/stories'
import { pageMetadata, siteName } from '@/lib/seo/metadata'

/** Upcoming activities and open calls depend on the clock. */
export const revalidate = 300

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/')
  const settings = await getSiteSettings(locale)
  return pageMetadata({ locale, path: '/', title: await siteName(locale), description: settings.introduction, absoluteTitle: true })
}

export default async function HomePage({ params }: Props) {
  const context = await pageContext(params, '/')
  const { locale } = context
  const now = clockBucket()
  const [settings, upcoming, calls, stories, featuredCase] = await Promise.all([
    getSiteSettings(locale),
    getUpcomingActivities(locale, now, '', 3),
    getOpenCalls(locale, now),
    getLatestStories(locale, 3),
    getFeaturedCase(locale),
  ])
  return (
    <SiteShell context={context}>
      <HomeView locale={locale} mode={context.mode} data={{ settings, upcoming, calls: calls.slice(0, 3), stories, featuredCase, now }} />
    </SiteShell>
  )
}
