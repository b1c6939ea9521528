import type { Metadata } from 'next'

import { imageOf } from '@/lib/content/media'
import { localePath, siteUrl, type Locale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { getDictionary } from '@/lib/i18n'
import type { Media } from '@/payload-types'

/** A site path made absolute; an image from the media bucket already is. */
export const absoluteUrl = (path: string) => (/^https?:\/\//.test(path) ? path : `${siteUrl()}${path}`)

export async function siteName(locale: Locale): Promise<string> {
  const settings = await getSiteSettings(locale)
  return settings.teamName || getDictionary(locale).siteFallbackName
}

export type PageMeta = {
  locale: Locale
  /** The path without language prefix or mode, e.g. `/stories/abc`. */
  path: string
  title: string
  description?: string | null
  image?: number | Media | null
  type?: 'website' | 'article'
  publishedTime?: string | null
  /** The home page's title is the site name itself, without the template. */
  absoluteTitle?: boolean
}

/** Title, description, canonical URL (never with the mode), hreflang alternates and Open Graph. */
export async function pageMetadata(meta: PageMeta): Promise<Metadata> {
  const { locale, path } = meta
  const url = absoluteUrl(localePath(locale, path))
  const description = meta.description?.trim() || undefined
  const og = imageOf(meta.image, 'og')
  const name = await siteName(locale)
  return {
    title: meta.absoluteTitle ? { absolute: meta.title } : meta.title,
    description,
    alternates: {
      canonical: url,
      languages: {
        'zh-CN': absoluteUrl(localePath('zh', path)),
        en: absoluteUrl(localePath('en', path)),
        'x-default': absoluteUrl(localePath('zh', path)),
      },
      types: { 'application/rss+xml': absoluteUrl(localePath(locale, '/feed.xml')) },
    },
    openGraph: {
      type: meta.type ?? 'website',
      url,
      title: meta.title,
      description,
      siteName: name,
      locale: getDictionary(locale).ogLocale,
      ...(meta.publishedTime ? { publishedTime: meta.publishedTime } : {}),
      ...(og ? { images: [{ url: absoluteUrl(og.src), width: og.width, height: og.height, alt: og.alt }] } : {}),
    },
    twitter: { card: og ? 'summary_large_image' : 'summary' },
  }
}
