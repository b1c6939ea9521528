import { pinyin } from 'pinyin-pro'

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const MAX_SLUG_LENGTH = 80

/**
 * Readable pinyin slugs: syllables of one word stay together (冬至家宴 → dongzhi-jiayan).
 * Pinyin is taken for the whole text first so polyphones are read in context (重阳 → chongyang).
 */
export function slugify(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true })
  const perCharacter = syllables.length === text.length
  const words: string[] = []
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
    if (!isWordLike) continue
    words.push(perCharacter ? syllables.slice(index, index + segment.length).join('') : segment)
  }
  return words
    .join('-')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-$/, '')
}
