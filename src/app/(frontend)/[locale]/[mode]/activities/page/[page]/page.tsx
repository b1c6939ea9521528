import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { activitiesMetadata, renderActivitiesPage } from '@/components/activities/ActivitiesRoute'
import { pageContext, parsePageNumber, type RouteParams } from '@/lib/content/route'
import { withNotFoundPage } from '@/components/site/NotFoundGuard'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageNumber((await params).page) ?? 1
  const { locale } = await pageContext(params, '/activities')
  return activitiesMetadata(locale, '', page)
}

async function ActivitiesPageN({ params }: Props) {
  const page = parsePageNumber((await params).page)
  if (!page) notFound()
  return renderActivitiesPage({ context: await pageContext(params, `/activities/page/${page}`), kind: '', page })
}

export default withNotFoundPage(ActivitiesPageN)
