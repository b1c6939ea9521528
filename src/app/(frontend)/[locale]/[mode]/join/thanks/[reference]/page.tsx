import type { Metadata } from 'next'

import { ThanksPage } from '@/components/recruitment/ThanksPage'

type Props = { params: Promise<{ locale: string; reference: string }> }

export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { robots: { index: false, follow: false } }

/** Shows only the reference from the address, so it is safe to cache: no personal data. */
export default async function ApplicationThanks({ params }: Props) {
  const { locale, reference } = await params
  return <ThanksPage locale={locale} reference={reference} />
}
