import { CorrectionPage, correctionMetadata } from '@/components/recruitment/CorrectionPage'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'
export const metadata = correctionMetadata

/** The call's form again, with messages and what was typed: only ever fetched by the apply handler. */
export default async function CorrectCallApplication({ params }: Props) {
  const { locale, slug } = await params
  return <CorrectionPage locale={locale} slug={slug} />
}
