import { getFeedEntries } from '@/lib/content/feeds'
import { isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { rssFeed } from '@/lib/feeds/rss'
import { getDictionary } from '@/lib/i18n'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [entries, settings] = await Promise.all([getFeedEntries(locale), getSiteSettings(locale)])
  const t = getDictionary(locale)
  const title = settings.teamName || t.siteFallbackName
  const xml = rssFeed(entries, { locale, title, description: settings.introduction || t.stories.description })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
