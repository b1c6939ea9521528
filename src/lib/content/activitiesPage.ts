import { notFound } from 'next/navigation'

import type { ActivitiesData } from '@/components/activities/ActivitiesView'
import { getDictionary } from '@/lib/i18n'
import { getPastActivities, getUpcomingActivities, isActivityKind, UPCOMING_LIMIT, type ActivityKind } from './activities'
import { clockBucket } from './cached'
import type { Locale } from './paths'
import { getSiteSettings } from './siteSettings'

/** Everything an activity list page shows; 404 for an unknown kind or a page past the end. */
export async function loadActivitiesPage(locale: Locale, rawKind: string, page: number): Promise<ActivitiesData> {
  if (rawKind !== '' && !isActivityKind(rawKind)) notFound()
  const kind = rawKind as ActivityKind | ''
  const now = clockBucket()
  const [upcoming, past, settings] = await Promise.all([
    page === 1 ? getUpcomingActivities(locale, now, kind, UPCOMING_LIMIT) : Promise.resolve(null),
    getPastActivities(locale, now, kind, page),
    getSiteSettings(locale),
  ])
  if (page > past.totalPages) notFound()
  return { kind, upcoming, past, defaultPlace: settings.address || getDictionary(locale).activities.teamSpace }
}
