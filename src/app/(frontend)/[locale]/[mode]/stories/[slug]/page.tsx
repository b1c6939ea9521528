import { StoryArticle } from '@/components/stories/StoryArticle'
import { articleSpec, detailPage } from '@/lib/content/detailPage'

export function generateStaticParams() {
  return []
}

const { generateMetadata, DetailPage } = detailPage({
  ...articleSpec('stories', (doc) => doc.authorName),
  body: ({ doc, locale, mode }) => <StoryArticle story={doc} locale={locale} mode={mode} />,
})

export { generateMetadata }
export default DetailPage
