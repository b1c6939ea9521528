import { StoriesList } from '@/components/stories/StoriesList'
import { paginatedListPage } from '@/lib/content/listPage'
import { getStoriesPage } from '@/lib/content/stories'

export function generateStaticParams() {
  return []
}

const { generateMetadata, ListPage } = paginatedListPage({
  base: '/stories',
  title: (t) => t.stories.title,
  load: getStoriesPage,
  list: (locale, result) => <StoriesList locale={locale} result={result} />,
})

export { generateMetadata }
export default ListPage
