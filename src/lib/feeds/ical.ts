import ical from 'ical-generator'

import { shanghaiLocalISO, TIME_ZONE } from '@/lib/content/dates'
import { documentPath, siteUrl, type Locale } from '@/lib/content/paths'
import type { Activity, SiteSetting } from '@/payload-types'

/** Asia/Shanghai has kept UTC+8 without daylight saving since 1991, so one STANDARD rule describes it. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

function withTimeZone(ics: string): string {
  const at = ics.search(/BEGIN:VEVENT|END:VCALENDAR/)
  return `${ics.slice(0, at)}X-WR-TIMEZONE:${TIME_ZONE}\r\n${VTIMEZONE}\r\n${ics.slice(at)}`
}

/** RFC 5545 calendar; times are Shanghai wall-clock times with TZID, so phones show them right wherever they are. */
export function activitiesCalendar(activities: Activity[], options: { locale: Locale; name: string; settings: SiteSetting; defaultPlace: string }): string {
  const host = new URL(siteUrl()).hostname
  const calendar = ical({ name: options.name, prodId: { company: 'linli', product: 'activities', language: options.locale === 'zh' ? 'ZH' : 'EN' } })
  for (const activity of activities) {
    const url = `${siteUrl()}${documentPath('activities', activity.slug ?? '', options.locale)}`
    calendar.createEvent({
      id: `activity-${activity.id}@${host}`,
      start: shanghaiLocalISO(activity.startsAt),
      end: shanghaiLocalISO(activity.endsAt),
      timezone: TIME_ZONE,
      stamp: new Date(activity.updatedAt),
      lastModified: new Date(activity.updatedAt),
      summary: activity.title,
      description: [activity.summary, url].filter(Boolean).join('\n\n'),
      location: activity.place || options.defaultPlace,
      url,
      ...(options.settings.contactEmail ? { organizer: { name: activity.organiser || options.name, email: options.settings.contactEmail } } : {}),
    })
  }
  return withTimeZone(calendar.toString())
}

export function icsResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `inline; filename="${filename}"`,
    },
  })
}
