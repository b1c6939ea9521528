/**
 * Cache tags: the contract between the CMS (hooks that revalidate) and the site (reads that are cached).
 * One tag per collection or global; a page is tagged with every collection it shows.
 */
export const cacheTags = {
  stories: 'stories',
  activities: 'activities',
  recruitmentCalls: 'recruitment-calls',
  cases: 'cases',
  topics: 'topics',
  courtyards: 'courtyards',
  media: 'media',
  siteSettings: 'site-settings',
  recruitmentSettings: 'recruitment-settings',
} as const

export type CacheTag = (typeof cacheTags)[keyof typeof cacheTags]
