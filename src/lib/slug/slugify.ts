import { OutputFormat, pinyin, segment } from 'pinyin-pro'

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const MAX_SLUG_LENGTH = 80

type Span = { start: number; end: number; wordLike: boolean }

/** Word spans by ICU's dictionary (knows 冬至, 家宴) and by pinyin-pro's (knows 重阳). */
function wordSpans(text: string): { icu: Span[]; pinyinWords: Span[] } {
  const icu = [...wordSegmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length, wordLike: Boolean(s.isWordLike) }))
  let at = 0
  const pinyinWords = segment(text, { format: OutputFormat.AllSegment, toneType: 'none' }).map(({ origin }) => {
    const span = { start: at, end: at + origin.length, wordLike: true }
    at += origin.length
    return span
  })
  return { icu, pinyinWords }
}

/**
 * Readable pinyin slugs: syllables of one word stay together (冬至家宴 → dongzhi-jiayan,
 * 重阳慰问 → chongyang-weiwen). Two characters are one word when either segmenter says so.
 * Pinyin is taken for the whole text so polyphones are read in context.
 */
export function slugify(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true })
  const perCharacter = syllables.length === text.length
  const { icu, pinyinWords } = wordSpans(text)
  const joinedWithNext = new Set<number>()
  for (const spans of [icu, ...(perCharacter ? [pinyinWords] : [])]) {
    for (const span of spans) for (let i = span.start; i < span.end - 1; i++) joinedWithNext.add(i)
  }
  const isSeparator = (i: number) => !icu.some((s) => s.wordLike && i >= s.start && i < s.end)
  const words: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    if (!isSeparator(i)) current += perCharacter ? syllables[i] : text[i]
    if (!joinedWithNext.has(i) || isSeparator(i + 1)) {
      if (current) words.push(current)
      current = ''
    }
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

/**
 * Whether a slug is one the site made rather than one an editor typed: empty, the title's pinyin
 * (with the `-2`, `-3` a taken address gets), or the `item` placeholder of a document saved before
 * it had a title.
 */
export function isGeneratedSlug(slug: string, title: string): boolean {
  if (slug === '' || /^item(-\d+)?$/.test(slug)) return true
  const base = slugify(title)
  return base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug))
}
