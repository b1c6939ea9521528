import { pinyin } from 'pinyin-pro'

/**
 * What a search in pinyin finds a Chinese title by: its syllables run together, then its initials
 * (冬至家宴 → "dongzhijiayan dzjy"). Run together, any syllables in a row ("dongzhi", "jiayan",
 * "zhijia") are found by the search index of ASCII suffixes; the initials find "dz" or "dzjy".
 * Polyphones are read in the context of the whole title (重阳 → chongyang).
 */
export function searchPinyin(title: string | null | undefined): string | null {
  if (!title || !/\p{Script=Han}/u.test(title)) return null
  const options = { toneType: 'none', type: 'array', v: true, nonZh: 'removed' } as const
  const syllables = pinyin(title, options).filter(Boolean)
  const initials = pinyin(title, { ...options, pattern: 'first' }).filter(Boolean)
  return `${syllables.join('')} ${initials.join('')}`.toLowerCase()
}
