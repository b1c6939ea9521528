import type { Metadata } from 'next'

import { activitiesMetadata, renderActivitiesPage } from '@/components/activities/ActivitiesRoute'
import { pageContext, type RouteParams } from '@/lib/content/route'

/** An activity moves to the archive once it ends, without anyone publishing anything. */
export const revalidate = 300

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/activities')
  return activitiesMetadata(locale, '', 1)
}

export default async function ActivitiesPage({ params }: Props) {
  return renderActivitiesPage({ context: await pageContext(params, '/activities'), kind: '', page: 1 })
}
