import { Feed } from 'feed'

import type { FeedEntry } from '@/lib/content/feeds'
import { documentPath, localePath, siteUrl, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'

/** RSS 2.0 of the latest stories and cases. */
export function rssFeed(entries: FeedEntry[], options: { locale: Locale; title: string; description: string }): string {
  const home = `${siteUrl()}${localePath(options.locale, '/')}`
  const feed = new Feed({
    id: home,
    title: options.title,
    description: options.description,
    link: home,
    language: getDictionary(options.locale).htmlLang,
    copyright: options.title,
    generator: 'Linli',
    updated: entries[0] ? new Date(entries[0].date) : undefined,
    feedLinks: { rss: `${siteUrl()}${localePath(options.locale, '/feed.xml')}` },
  })
  for (const entry of entries) {
    const link = `${siteUrl()}${documentPath(entry.collection, entry.slug, options.locale)}`
    feed.addItem({
      title: entry.title,
      id: link,
      link,
      date: new Date(entry.date),
      description: entry.summary ?? undefined,
      ...(entry.author ? { author: [{ name: entry.author }] } : {}),
    })
  }
  return feed.rss2()
}
