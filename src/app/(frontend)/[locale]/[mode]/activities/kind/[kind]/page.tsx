import type { Metadata } from 'next'

import { activitiesMetadata, renderActivitiesPage } from '@/components/activities/ActivitiesRoute'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { withNotFoundPage } from '@/components/site/NotFoundGuard'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { kind: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params
  const { locale } = await pageContext(params, '/activities')
  return activitiesMetadata(locale, kind, 1)
}

async function ActivitiesOfKindPage({ params }: Props) {
  const { kind } = await params
  return renderActivitiesPage({ context: await pageContext(params, `/activities/kind/${kind}`), kind, page: 1 })
}

export default withNotFoundPage(ActivitiesOfKindPage)
