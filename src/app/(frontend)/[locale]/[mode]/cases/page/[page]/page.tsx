import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SiteShell } from '@/components/site/SiteShell'
import { CasesList } from '@/components/cases/CasesList'
import { pageContext, parsePageNumber, type RouteParams } from '@/lib/content/route'
import { getCasesPage } from '@/lib/content/cases'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<RouteParams & { page: string }> }

export const generateMetadata = withNotFoundMetadata(async ({ params }: Props): Promise<Metadata> => {
  const page = parsePageNumber((await params).page)
  if (!page) notFound()
  const { locale } = await pageContext(params, `/cases/page/${page}`)
  if (page > (await getCasesPage(locale, page)).totalPages) notFound()
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: `/cases/page/${page}`, title: `${t.cases.title} · ${t.pagination.short(page)}` })
})

async function CasesPageN({ params }: Props) {
  const { page: raw } = await params
  const page = parsePageNumber(raw)
  if (!page) notFound()
  const context = await pageContext(params, `/cases/page/${page}`)
  const result = await getCasesPage(context.locale, page)
  if (page > result.totalPages) notFound()
  return (
    <SiteShell context={context}>
      <CasesList locale={context.locale} result={result} />
    </SiteShell>
  )
}

export default withNotFoundPage(CasesPageN)
