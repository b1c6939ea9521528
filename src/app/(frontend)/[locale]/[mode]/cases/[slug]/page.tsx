import { CaseArticle } from '@/components/cases/CaseArticle'
import { articleSpec, detailPage } from '@/lib/content/detailPage'

export function generateStaticParams() {
  return []
}

const { generateMetadata, DetailPage } = detailPage({
  ...articleSpec('cases', (doc) => doc.author),
  body: ({ doc, locale, mode }) => <CaseArticle item={doc} locale={locale} mode={mode} />,
})

export { generateMetadata }
export default DetailPage
