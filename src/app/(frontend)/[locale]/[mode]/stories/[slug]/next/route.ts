import { cleanSlug } from '@/lib/content/detail'
import { findBySlug, listPublished } from '@/lib/content/documents'
import { documentPath, isLocale, localePath } from '@/lib/content/paths'

/**
 * "下一篇" at the end of a story: the next older published story, found when the link is followed.
 * Naming it on the story page itself would make every story page carry the stories list's cache tag,
 * so one publish would expire them all (src/lib/content/tags.ts). The last story leads to the list.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug: raw } = await params
  const slug = cleanSlug(raw)
  if (!isLocale(locale) || !slug) return new Response('Not found', { status: 404 })
  const found = await findBySlug('stories', locale, slug, { preview: false })
  if (!found) return new Response('Not found', { status: 404 })
  if ('movedTo' in found) return new Response(null, { status: 308, headers: { location: `${documentPath('stories', found.movedTo, locale)}/next` } })
  const { id, publishedAt } = found.doc
  const older = publishedAt
    ? await listPublished('stories', {
        locale,
        page: 1,
        limit: 1,
        depth: 0,
        sort: ['-publishedAt', '-id'],
        where: { or: [{ publishedAt: { less_than: publishedAt } }, { and: [{ publishedAt: { equals: publishedAt } }, { id: { less_than: id } }] }] },
      })
    : null
  const next = older?.docs[0]?.slug
  const location = next ? documentPath('stories', next, locale) : localePath(locale, '/stories')
  return new Response(null, { status: 307, headers: { location, 'cache-control': 'no-store' } })
}
