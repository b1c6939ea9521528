import { unstable_cache } from 'next/cache'

import { getPayloadClient } from '@/lib/content/payload'
import type { Locale } from '@/lib/content/paths'
import { cacheTags } from '@/lib/content/tags'
import { type CourtyardOption, type PrivacyNotice, readCourtyards, readRecruitmentSettings } from './settings'

/** Only the public part (the notice) is cached for pages: never the staff addresses. */
export const getPrivacyNotice = unstable_cache(
  async (locale: Locale): Promise<PrivacyNotice> => (await readRecruitmentSettings(await getPayloadClient(), locale)).notice,
  ['recruitment-privacy-notice'],
  { tags: [cacheTags.recruitmentSettings] },
)

export const getCourtyardOptions = unstable_cache(async (locale: Locale) => readCourtyards(await getPayloadClient(), locale), ['recruitment-courtyards'], {
  tags: [cacheTags.courtyards],
})
