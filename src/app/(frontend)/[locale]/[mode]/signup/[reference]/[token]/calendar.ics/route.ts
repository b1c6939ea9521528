import ical, { ICalAlarmType } from 'ical-generator'

import { getPayloadClient } from '@/lib/content/payload'
import { documentPath, isLocale, siteUrl } from '@/lib/content/paths'
import { findOwnedSignup } from '@/signup/owner'

export const dynamic = 'force-dynamic'

/** The sign-up as a calendar entry, with an alarm the day before. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; reference: string; token: string }> }) {
  const { locale, reference, token } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const signup = await findOwnedSignup(await getPayloadClient(), decodeURIComponent(reference), decodeURIComponent(token))
  if (!signup) return new Response('Not found', { status: 404, headers: { 'cache-control': 'private, no-store' } })
  const a = signup.activity
  const url = `${siteUrl()}${documentPath('activities', a.slug ?? '', locale)}`
  const calendar = ical({ name: a.title, prodId: { company: 'linli', product: 'signup', language: locale === 'zh' ? 'ZH' : 'EN' } })
  const event = calendar.createEvent({
    id: `signup-${signup.reference}@${new URL(siteUrl()).hostname}`,
    start: new Date(a.startsAt),
    end: new Date(a.endsAt),
    summary: a.title,
    description: `${locale === 'zh' ? '报名编号' : 'Reference'} ${signup.reference}\n${url}`,
    location: a.place ?? undefined,
    url,
  })
  event.createAlarm({ type: ICalAlarmType.display, trigger: 24 * 60 * 60, description: a.title })
  return new Response(calendar.toString(), {
    headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="${signup.reference}.ics"`, 'cache-control': 'private, no-store' },
  })
}
