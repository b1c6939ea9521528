import { notFound } from 'next/navigation'

import { isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const settings = await getSiteSettings(locale)
  return (
    <main>
      <h1>{settings.teamName}</h1>
      <p>{settings.communityName}</p>
      <p>{settings.introduction}</p>
    </main>
  )
}
