import type { Metadata } from 'next'

import { AboutView } from '@/components/site/AboutView'
import { SiteShell } from '@/components/site/SiteShell'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'
import { OurYear } from '@/volunteers/components/OurYear'

/** The "our year" figures change with new records: the cached page is refreshed hourly. */
export const revalidate = 3600

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/about')
  const settings = await getSiteSettings(locale)
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: '/about', title: t.about.title, description: settings.introduction || t.about.description })
}

export default async function AboutPage({ params }: Props) {
  const context = await pageContext(params, '/about')
  const settings = await getSiteSettings(context.locale)
  return (
    <SiteShell context={context}>
      <AboutView locale={context.locale} settings={settings} />
      <OurYear locale={context.locale} />
    </SiteShell>
  )
}
