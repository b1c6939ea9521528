import { CasesList } from '@/components/cases/CasesList'
import { getCasesPage } from '@/lib/content/cases'
import { paginatedListPage } from '@/lib/content/listPage'

export function generateStaticParams() {
  return []
}

const { generateMetadata, ListPage } = paginatedListPage({
  base: '/cases',
  title: (t) => t.cases.title,
  load: getCasesPage,
  list: (locale, result) => <CasesList locale={locale} result={result} />,
})

export { generateMetadata }
export default ListPage
