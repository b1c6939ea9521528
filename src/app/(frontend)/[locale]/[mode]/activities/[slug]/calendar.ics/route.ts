import { findBySlug } from '@/lib/content/documents'
import { cleanSlug } from '@/lib/content/detail'
import { documentPath, isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { activitiesCalendar, icsResponse } from '@/lib/feeds/ical'
import { getDictionary } from '@/lib/i18n'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return []
}

/** One activity as an .ics file ("add to calendar"). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug: raw } = await params
  const slug = cleanSlug(raw)
  if (!isLocale(locale) || !slug) return new Response('Not found', { status: 404 })
  const found = await findBySlug('activities', locale, slug, { preview: false })
  if (!found) return new Response('Not found', { status: 404 })
  if ('movedTo' in found) {
    return new Response(null, { status: 308, headers: { location: `${documentPath('activities', found.movedTo, locale)}/calendar.ics` } })
  }
  const settings = await getSiteSettings(locale)
  const t = getDictionary(locale)
  const name = settings.teamName || t.siteFallbackName
  return icsResponse(
    activitiesCalendar([found.doc], { locale, name, settings, defaultPlace: settings.address || t.activities.teamSpace }),
    `${found.doc.slug}.ics`,
  )
}
