import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { activitiesMetadata, renderActivitiesPage } from '@/components/activities/ActivitiesRoute'
import { pageContext, parsePageNumber, type RouteParams } from '@/lib/content/route'
import { withNotFoundPage } from '@/components/site/NotFoundGuard'

export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { kind: string; page: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, page } = await params
  const { locale } = await pageContext(params, '/activities')
  return activitiesMetadata(locale, kind, parsePageNumber(page) ?? 1)
}

async function ActivitiesOfKindPageN({ params }: Props) {
  const { kind, page: raw } = await params
  const page = parsePageNumber(raw)
  if (!page) notFound()
  return renderActivitiesPage({ context: await pageContext(params, `/activities/kind/${kind}/page/${page}`), kind, page })
}

export default withNotFoundPage(ActivitiesOfKindPageN)
