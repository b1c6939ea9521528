import type { Metadata } from 'next'

import { SiteShell } from '@/components/site/SiteShell'
import { CasesList } from '@/components/cases/CasesList'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getCasesPage } from '@/lib/content/cases'
import { getDictionary } from '@/lib/i18n'
import { pageMetadata } from '@/lib/seo/metadata'

type Props = { params: Promise<RouteParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await pageContext(params, '/cases')
  const t = getDictionary(locale)
  return pageMetadata({ locale, path: '/cases', title: t.cases.title, description: t.cases.description })
}

export default async function CasesPage({ params }: Props) {
  const context = await pageContext(params, '/cases')
  const result = await getCasesPage(context.locale, 1)
  return (
    <SiteShell context={context}>
      <CasesList locale={context.locale} result={result} />
    </SiteShell>
  )
}
