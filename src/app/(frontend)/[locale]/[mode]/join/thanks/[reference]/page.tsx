import type { Metadata } from 'next'

import { ThanksPage } from '@/recruitment/components/ThanksPage'

type Props = { params: Promise<{ locale: string; mode: string; reference: string }> }

export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { robots: { index: false, follow: false } }

/** Shows only the reference from the address and the call's public next steps, so it is safe to cache: no personal data. */
export default async function ApplicationThanks({ params }: Props) {
  const { reference } = await params
  return <ThanksPage params={params} reference={reference} />
}
