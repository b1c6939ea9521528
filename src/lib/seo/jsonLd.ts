import { shanghaiISO } from '@/lib/content/dates'
import { imageOf } from '@/lib/content/media'
import { localePath, type Locale } from '@/lib/content/paths'
import type { Activity, Case, SiteSetting, Story } from '@/payload-types'
import { absoluteUrl } from './metadata'
import { getDictionary } from '@/lib/i18n'

const organization = (settings: SiteSetting, locale: Locale) => ({
  '@type': 'Organization',
  name: settings.teamName || undefined,
  url: absoluteUrl(localePath(locale, '/')),
  ...(settings.contactPhone ? { telephone: settings.contactPhone } : {}),
  ...(settings.address ? { address: settings.address } : {}),
})

const imageUrl = (media: Story['cover']) => {
  const og = imageOf(media, 'og')
  return og ? absoluteUrl(og.src) : undefined
}

export function articleJsonLd(doc: Story | Case, path: string, locale: Locale, settings: SiteSetting, author?: string | null) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: doc.title,
    description: doc.summary || undefined,
    inLanguage: getDictionary(locale).htmlLang,
    mainEntityOfPage: absoluteUrl(localePath(locale, path)),
    image: imageUrl(doc.cover),
    datePublished: doc.publishedAt ? shanghaiISO(doc.publishedAt) : undefined,
    dateModified: shanghaiISO(doc.updatedAt),
    author: author ? { '@type': 'Person', name: author } : organization(settings, locale),
    publisher: organization(settings, locale),
  }
}

export function eventJsonLd(activity: Activity, path: string, locale: Locale, settings: SiteSetting, place: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: activity.title,
    description: activity.summary || undefined,
    inLanguage: getDictionary(locale).htmlLang,
    url: absoluteUrl(localePath(locale, path)),
    image: imageUrl(activity.cover),
    startDate: shanghaiISO(activity.startsAt),
    endDate: shanghaiISO(activity.endsAt),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: place, address: settings.address || place },
    organizer: activity.organiser ? { '@type': 'Organization', name: activity.organiser } : organization(settings, locale),
    ...(activity.capacity ? { maximumAttendeeCapacity: activity.capacity } : {}),
  }
}
