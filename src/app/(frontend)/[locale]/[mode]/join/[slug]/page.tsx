import { CallDetail } from '@/recruitment/components/CallDetail'
import { clockBucket } from '@/lib/content/cached'
import { getOpenCalls } from '@/recruitment/openCalls'
import { detailPage } from '@/lib/content/detailPage'

/** Open or closed follows the dates. */
export const revalidate = 300

export function generateStaticParams() {
  return []
}

const { generateMetadata, DetailPage } = detailPage({
  collection: 'recruitment-calls',
  metadata: (doc) => ({ title: doc.title, description: doc.summary }),
  body: async ({ doc, locale }) => {
    const now = clockBucket()
    return <CallDetail call={doc} openCalls={await getOpenCalls(locale, now)} locale={locale} now={now} />
  },
})

export { generateMetadata }
export default DetailPage
