import { unstable_cache } from 'next/cache'

import type { SiteSetting } from '@/payload-types'
import { getPayloadClient } from './payload'
import type { Locale } from './paths'
import { cacheTags } from './tags'

export const getSiteSettings = unstable_cache(
  async (locale: Locale): Promise<SiteSetting> => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'zh', depth: 0, overrideAccess: false })
  },
  ['site-settings'],
  { tags: [cacheTags.siteSettings] },
)
