import type { Field } from 'payload'

import { searchPinyin } from '@/lib/content/searchPinyin'

/**
 * The Chinese title in pinyin, kept for the site search: the search index takes every text column of a
 * document's localized row (migration 20261128_150000_search_index), so "dongzhi" or "dz" finds 冬至家宴.
 * Filled on every save of the Chinese version; never edited or shown.
 */
export const searchPinyinField = (): Field => ({
  name: 'searchPinyin',
  type: 'text',
  localized: true,
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: {
    beforeChange: [({ siblingData, req }) => (req.locale === 'zh' ? searchPinyin(siblingData?.title as string | undefined) : null)],
  },
})
