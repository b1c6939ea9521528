import type { Where } from 'payload'

import { isActivityKind, type ActivityKind } from '@/collections/Activities/kinds'
import type { Activity } from '@/payload-types'
import { cachedRead, CLOCK_BUCKET_SECONDS } from './cached'
import { listPublished } from './documents'
import type { Locale } from './paths'
import { cacheTags } from './tags'

export const PAST_ACTIVITIES_PER_PAGE = 12
export const UPCOMING_LIMIT = 100

const listTags = [cacheTags.activities, cacheTags.media]
/** `now` is a clock bucket (see clockBucket), so these reads also expire on their own. */
const clock = { revalidate: CLOCK_BUCKET_SECONDS }

const ofKind = (kind: ActivityKind | ''): Where[] => (kind ? [{ kind: { equals: kind } }] : [])

/** Upcoming means not over yet: an activity under way is still listed. */
export const getUpcomingActivities = cachedRead(
  'activities-upcoming',
  listTags,
  async (locale: Locale, now: string, kind: ActivityKind | '', limit: number) =>
    (
      await listPublished('activities', {
        locale,
        page: 1,
        limit,
        sort: 'startsAt',
        where: { and: [{ endsAt: { greater_than_equal: now } }, ...ofKind(kind)] },
      })
    ).docs,
  clock,
)

export const getPastActivities = cachedRead(
  'activities-past',
  listTags,
  (locale: Locale, now: string, kind: ActivityKind | '', page: number) =>
    listPublished('activities', {
      locale,
      page,
      limit: PAST_ACTIVITIES_PER_PAGE,
      sort: '-startsAt',
      where: { and: [{ endsAt: { less_than: now } }, ...ofKind(kind)] },
    }),
  clock,
)

export const isOver = (activity: Pick<Activity, 'endsAt'>, now: string | Date = new Date()): boolean =>
  new Date(activity.endsAt).getTime() < new Date(now).getTime()

export { isActivityKind, type ActivityKind }
