import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'

/** Nothing is prerendered at build time (no database needed); each page is rendered on first visit, then cached. */
export function generateStaticParams() {
  return []
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const settings = await getSiteSettings(locale)
  const siteName = [settings.communityName, settings.teamName].filter(Boolean).join(' · ') || 'Linli'
  return { title: { default: siteName, template: `%s · ${siteName}` } }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'}>
      <body>{children}</body>
    </html>
  )
}
