import type { SitemapEntry } from '@/lib/content/feeds'
import { documentPath, localePath, locales, siteUrl } from '@/lib/content/paths'

const STATIC_PATHS = ['/', '/activities', '/stories', '/join', '/cases', '/about']

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`)

/** Both languages of every page, each listing the other as an alternate (hreflang). */
export function sitemapXml(entries: SitemapEntry[]): string {
  const pages: { paths: Record<string, string>; lastmod?: string }[] = [
    ...STATIC_PATHS.map((path) => ({ paths: Object.fromEntries(locales.map((l) => [l, localePath(l, path)])) })),
    ...entries.map((e) => ({
      paths: Object.fromEntries(locales.map((l) => [l, documentPath(e.collection, e.slug, l)])),
      lastmod: e.updatedAt,
    })),
  ]
  const hreflang = { zh: 'zh-CN', en: 'en' } as const
  const urls = pages.flatMap(({ paths, lastmod }) =>
    locales.map((locale) => {
      const alternates = locales
        .map((l) => `<xhtml:link rel="alternate" hreflang="${hreflang[l]}" href="${escapeXml(siteUrl() + paths[l])}"/>`)
        .join('')
      return `<url><loc>${escapeXml(siteUrl() + paths[locale])}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`
    }),
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}
