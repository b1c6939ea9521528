import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { notFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'
import { pageContext, type RouteParams } from '@/lib/content/route'

type Props = { params: Promise<RouteParams & { rest: string[] }> }

/** Unknown addresses are cached like pages (memory-bounded by cacheMaxMemorySize), so a crawler's guesses cost one render each. */
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/')
  return notFoundMetadata(locale)
}

/** Any path no route matches renders the full localized not-found page, with a 404 status. */
function UnknownPage(_props: Props): never {
  notFound()
}

export default withNotFoundPage(UnknownPage)
