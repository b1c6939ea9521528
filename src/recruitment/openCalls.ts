import { cachedRead, CLOCK_BUCKET_SECONDS } from '@/lib/content/cached'
import { listPublished } from '@/lib/content/documents'
import type { Locale } from '@/lib/content/paths'
import { cacheTags } from '@/lib/content/tags'

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
