import { getUpcomingActivities, UPCOMING_LIMIT } from '@/lib/content/activities'
import { clockBucket } from '@/lib/content/cached'
import { isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { activitiesCalendar, icsResponse } from '@/lib/feeds/ical'
import { getDictionary } from '@/lib/i18n'

export const dynamic = 'force-static'
export const revalidate = 300

export function generateStaticParams() {
  return []
}

/** Every upcoming activity, for calendar subscriptions. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [activities, settings] = await Promise.all([getUpcomingActivities(locale, clockBucket(), '', UPCOMING_LIMIT), getSiteSettings(locale)])
  const t = getDictionary(locale)
  const name = `${settings.teamName || t.siteFallbackName} · ${t.activities.title}`
  return icsResponse(
    activitiesCalendar(activities, { locale, name, settings, defaultPlace: settings.address || t.activities.teamSpace }),
    'activities.ics',
  )
}
