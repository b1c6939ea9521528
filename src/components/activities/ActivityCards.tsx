import { CoverImage } from '@/components/site/CoverImage'
import { CARD_SIZES } from '@/components/site/ArticleCards'
import { formatDateTimeRange } from '@/lib/content/dates'
import { documentPath, type Locale } from '@/lib/content/paths'
import { shortPlace } from '@/lib/content/place'
import { getDictionary } from '@/lib/i18n'
import type { Activity } from '@/payload-types'
import { kindLabel } from './labels'

export function ActivityCards({
  activities,
  locale,
  defaultPlace,
  images = true,
}: {
  activities: Activity[]
  locale: Locale
  /** Shown when an activity has no place of its own: the team's place, named short (the full address is on its page). */
  defaultPlace: string
  images?: boolean
}) {
  const t = getDictionary(locale)
  return (
    <ul className="cards">
      {activities.map((activity) => (
        <li key={activity.id} className="card">
          {images ? <CoverImage media={activity.cover} size="card" sizes={CARD_SIZES} /> : null}
          <div className="card-body">
            <p className="meta">
              <span className="badge">{kindLabel(activity, locale)}</span>
            </p>
            <h3>
              <a href={documentPath('activities', activity.slug ?? '', locale)}>{activity.title}</a>
            </h3>
            <p className="when">
              <time dateTime={activity.startsAt}>{formatDateTimeRange(activity.startsAt, activity.endsAt, locale)}</time>
            </p>
            <p className="meta">
              {t.activities.where}
              {t.colon}
              {shortPlace(activity.place || defaultPlace)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  )
}
