import type { RecruitmentCall } from '@/payload-types'
import { cachedRead, CLOCK_BUCKET_SECONDS } from './cached'
import { listPublished } from './documents'
import type { Locale } from './paths'
import { cacheTags } from './tags'

export type CallState = 'open' | 'closed' | 'not-yet-open'

/** A call is open between its opening and closing dates, whatever else is set. */
export function callState(call: Pick<RecruitmentCall, 'opensAt' | 'closesAt'>, now: string | Date = new Date()): CallState {
  const t = new Date(now).getTime()
  if (t < new Date(call.opensAt).getTime()) return 'not-yet-open'
  if (t > new Date(call.closesAt).getTime()) return 'closed'
  return 'open'
}

export const getOpenCalls = cachedRead(
  'calls-open',
  [cacheTags.recruitmentCalls],
  async (locale: Locale, now: string) =>
    (
      await listPublished('recruitment-calls', {
        locale,
        page: 1,
        limit: 50,
        sort: 'closesAt',
        depth: 0,
        where: { and: [{ opensAt: { less_than_equal: now } }, { closesAt: { greater_than_equal: now } }] },
      })
    ).docs,
  { revalidate: CLOCK_BUCKET_SECONDS },
)
