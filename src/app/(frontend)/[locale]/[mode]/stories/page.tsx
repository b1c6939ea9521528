import type { Metadata } from 'next'

import { SiteShell } from '@/components/site/SiteShell'
import { StoriesList } from '@/components/stories/StoriesList'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getStoriesPage } from '@/lib/content/stories'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/stories')
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: '/stories', title: t.stories.title, description: t.stories.description })
}

export default async function StoriesPage({ params }: Props) {
  const context = await pageContext(params, '/stories')
  const result = await getStoriesPage(context.locale, 1)
  return (
    <SiteShell context={context}>
      <StoriesList locale={context.locale} result={result} />
    </SiteShell>
  )
}
