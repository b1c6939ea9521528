import type { Metadata } from 'next'

import { JoinView } from '@/recruitment/components/JoinView'
import { SiteShell } from '@/components/site/SiteShell'
import { clockBucket } from '@/lib/content/cached'
import { getOpenCalls } from '@/recruitment/openCalls'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'

/** Calls open and close by date. */
export const revalidate = 300

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/join')
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: '/join', title: t.join.title, description: t.join.description })
}

export default async function JoinPage({ params }: Props) {
  const context = await pageContext(params, '/join')
  const now = clockBucket()
  const calls = await getOpenCalls(context.locale, now)
  return (
    <SiteShell context={context}>
      <JoinView locale={context.locale} calls={calls} now={now} />
    </SiteShell>
  )
}
