import { CorrectionPage, correctionMetadata } from '@/components/recruitment/CorrectionPage'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'
export const metadata = correctionMetadata

/** The general form again, with messages and what was typed: only ever fetched by the apply handler. */
export default async function CorrectGeneralApplication({ params }: Props) {
  const { locale } = await params
  return <CorrectionPage locale={locale} />
}
