import { PhoneLink } from '@/components/site/PhoneLink'
import { ArticleHeader } from '@/components/site/ArticleHeader'
import { CoverFigure } from '@/components/site/CoverImage'
import { Facts } from '@/components/site/Facts'
import { RichTextBody } from '@/components/site/RichTextBody'
import { HERO_SIZES } from '@/components/stories/StoryArticle'
import { isOver } from '@/lib/content/activities'
import { formatDateTimeRange } from '@/lib/content/dates'
import type { Mode } from '@/lib/content/mode'
import { documentPath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Activity, Story } from '@/payload-types'
import { kindLabel } from './labels'

export function ActivityDetail({ activity, locale, mode, place, phone, signup }: { activity: Activity; locale: Locale; mode: Mode; place: string; phone?: string | null; signup?: React.ReactNode }) {
  const t = getDictionary(locale)
  const over = isOver(activity)
  const report = typeof activity.reportStory === 'object' && activity.reportStory ? (activity.reportStory as Story) : null
  const partners = (activity.partners ?? []).map((p) => p.name).filter(Boolean)
  // When and where come first, then the call button, then the rest: all three on the first screen (issue 14, point 6).
  const essentials: [string, React.ReactNode][] = [
    [t.activities.when, <time dateTime={activity.startsAt}>{formatDateTimeRange(activity.startsAt, activity.endsAt, locale)}</time>],
    [t.activities.where, place],
  ]
  const facts: [string, React.ReactNode][] = []
  if (activity.organiser) facts.push([t.activities.organiser, activity.organiser])
  if (partners.length) facts.push([t.activities.partners, partners.join(t.listSeparator)])
  if (activity.audience) facts.push([t.activities.audience, activity.audience])
  if (activity.capacity) facts.push([t.activities.capacity, t.activities.capacityValue(activity.capacity)])
  if (activity.contact) facts.push([t.activities.contact, <PhoneLink phone={activity.contact} />])
  const callNumber = activity.contact || phone
  return (
    <article className="article" id="article">
      <ArticleHeader
        title={activity.title}
        meta={
          <>
            <span className="badge">{kindLabel(activity, locale)}</span>
            {over ? <span className="badge closed">{t.activities.ended}</span> : null}
          </>
        }
        summary={activity.summary}
        locale={locale}
        mode={mode}
        readTarget="article"
        phone={callNumber}
        facts={
          <>
            <Facts facts={essentials} />
            {!over && callNumber ? (
              <p className="call">
                <PhoneLink phone={callNumber} className="button call-button">
                  {t.activities.callToTakePart}
                </PhoneLink>
              </p>
            ) : null}
            {signup}
            {facts.length ? <Facts facts={facts} /> : null}
          </>
        }
      />
      <div className="actions">
        {!over ? (
          <a className="button" href={`${documentPath('activities', activity.slug ?? '', locale)}/calendar.ics`} download>
            {t.activities.addToCalendar}
          </a>
        ) : null}
        {report?.slug ? (
          <a className="button secondary" href={documentPath('stories', report.slug, locale)}>
            {t.activities.report}
            {t.colon}
            {report.title}
          </a>
        ) : null}
      </div>
      <CoverFigure media={activity.cover} size="hero" sizes={HERO_SIZES} priority />
      <RichTextBody data={activity.body} />
    </article>
  )
}
