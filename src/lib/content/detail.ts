import { notFound, permanentRedirect } from 'next/navigation'

import { findBySlug, type Doc } from './documents'
import { documentPath, type Locale, type RoutedCollection } from './paths'
import { getViewer, type Viewer } from './viewer'

/** Slugs are ours ([a-z0-9-]); anything else cannot name a document. */
export function cleanSlug(raw: string): string | null {
  let slug = raw
  try {
    slug = decodeURIComponent(raw)
  } catch {
    return null
  }
  return slug.length > 0 && slug.length <= 200 ? slug : null
}

/** The document a detail page shows: 404 when unknown, a permanent redirect when the slug is an old one. */
export async function loadDetail<C extends RoutedCollection>(
  collection: C,
  locale: Locale,
  rawSlug: string,
  suffix = '',
): Promise<{ doc: Doc<C>; viewer: Viewer }> {
  const slug = cleanSlug(rawSlug)
  if (!slug) notFound()
  const viewer = await getViewer()
  const found = await findBySlug(collection, locale, slug, viewer)
  if (!found) notFound()
  if ('movedTo' in found) permanentRedirect(`${documentPath(collection, found.movedTo, locale)}${suffix}`)
  return { doc: found.doc, viewer }
}
