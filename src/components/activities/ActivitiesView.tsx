import type { ActivityKind } from '@/collections/Activities/kinds'
import { Pagination } from '@/components/site/Pagination'
import type { Page } from '@/lib/content/documents'
import { localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Activity } from '@/payload-types'
import { ActivityCards } from './ActivityCards'
import { KindFilter, kindBase } from './KindFilter'
import { activityKinds } from '@/collections/Activities/kinds'

export type ActivitiesData = {
  kind: ActivityKind | ''
  /** Only on the first page of the archive. */
  upcoming: Activity[] | null
  past: Page<Activity>
  defaultPlace: string
}

export function activitiesTitle(locale: Locale, kind: ActivityKind | ''): string {
  const t = getDictionary(locale)
  const label = activityKinds.find((k) => k.value === kind)?.label[locale]
  return label ? `${t.activities.title} · ${label}` : t.activities.title
}

export function ActivitiesView({ locale, data }: { locale: Locale; data: ActivitiesData }) {
  const t = getDictionary(locale)
  const { kind, upcoming, past, defaultPlace } = data
  return (
    <>
      <header className="page-head">
        <h1>{activitiesTitle(locale, kind)}</h1>
        <p className="lead">{t.activities.description}</p>
        <p>
          <a href={localePath(locale, '/calendar.ics')}>{t.activities.subscribe}</a>
        </p>
      </header>
      <KindFilter locale={locale} current={kind} />
      {upcoming ? (
        <section className="section" aria-labelledby="upcoming">
          <h2 id="upcoming">{t.activities.upcoming}</h2>
          {upcoming.length ? (
            <ActivityCards activities={upcoming} locale={locale} defaultPlace={defaultPlace} />
          ) : (
            <p>{t.activities.noUpcoming}</p>
          )}
        </section>
      ) : null}
      <section className="section" aria-labelledby="past">
        <h2 id="past">{t.activities.past}</h2>
        {past.docs.length ? (
          <ActivityCards activities={past.docs} locale={locale} defaultPlace={defaultPlace} images={false} />
        ) : (
          <p>{t.activities.noPast}</p>
        )}
        <Pagination locale={locale} base={kindBase(kind)} page={past.page} totalPages={past.totalPages} />
      </section>
    </>
  )
}
