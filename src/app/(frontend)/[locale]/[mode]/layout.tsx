import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { isMode } from '@/lib/content/mode'
import { isLocale, siteUrl } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { siteName } from '@/lib/seo/metadata'
import '../../site.css'

/** Nothing is prerendered at build time (no database needed); each page renders on first visit, then is cached. */
export function generateStaticParams() {
  return []
}

type Props = { children: ReactNode; params: Promise<{ locale: string; mode: string }> }

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#9a3412' }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const name = await siteName(locale)
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: name, template: `%s · ${name}` },
    applicationName: name,
    formatDetection: { telephone: false },
  }
}

export default async function SiteLayout({ children, params }: Props) {
  const { locale, mode } = await params
  if (!isLocale(locale) || !isMode(mode)) notFound()
  return (
    <html lang={getDictionary(locale).htmlLang} className={mode === 'elder' ? 'elder' : undefined} data-mode={mode}>
      <head>
        {/* Without JavaScript, what works only with it (elder mode's read-aloud, server-rendered so it moves nothing) is not shown. */}
        <noscript>
          <style>{'.read-aloud{display:none}'}</style>
        </noscript>
      </head>
      <body>{children}</body>
    </html>
  )
}
