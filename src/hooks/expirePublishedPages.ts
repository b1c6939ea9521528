import type { CollectionAfterOperationHook, PayloadRequest } from 'payload'

import type { RoutedCollection } from '@/lib/content/paths'
import { expireCacheTags } from '@/lib/content/revalidate'
import { type CacheTag, documentTag, listTag } from '@/lib/content/tags'

type HookContext = { disableRevalidate?: boolean }
type Written = { id?: number | string; slug?: string | null; previousSlugs?: { slug?: string | null }[] | null }

/** Pages that show a linked document besides their own: publishing the linked one refreshes them too. */
const linkedFrom: Partial<Record<RoutedCollection, { collection: RoutedCollection; field: string }[]>> = {
  stories: [{ collection: 'activities', field: 'reportStory' }],
  activities: [{ collection: 'recruitment-calls', field: 'activity' }],
}

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion'])

/**
 * Expires the pages a write changed for the public: the document's own page (under its slug and every
 * old slug, so a rename refreshes the redirects), the pages linking to it, and the lists of its
 * collection. Only writes to the published version count: publishing (and saving a published
 * document), unpublishing, deleting, restoring a version as published. A draft save, which every
 * autosave is, leaves the published version as it was and expires nothing.
 *
 * An afterOperation hook, because only the operation's arguments say whether it saved a draft.
 */
export const expirePublishedPages =
  (collection: RoutedCollection): CollectionAfterOperationHook =>
  async ({ args, operation, result, req }) => {
    if (!WRITES.has(operation) || (req.context as HookContext).disableRevalidate) return result
    const { draft, data } = args as { draft?: boolean; data?: { _status?: string } }
    if (draft && (operation === 'restoreVersion' || data?._status !== 'published')) return result
    const written = (operation === 'update' || operation === 'delete' ? (result as { docs?: Written[] }).docs : [result as Written]) ?? []
    const failed = (error: unknown) => req.payload.logger.warn(`expiring the pages of ${collection} failed: ${String(error)}`)
    // Not awaited: outside a request (scheduled publishing) this asks the server over loopback.
    await pageTags(collection, written, req).then((tags) => void expireCacheTags(tags).catch(failed), failed)
    return result
  }

async function pageTags(collection: RoutedCollection, written: Written[], req: PayloadRequest): Promise<CacheTag[]> {
  const tags = new Set<CacheTag>([listTag[collection]])
  for (const doc of written) {
    const slugs = [doc.slug, ...(doc.previousSlugs ?? []).map((p) => p.slug)]
    // An answer cut down by `select` may lack the slugs: read them (a deleted document is gone, and so is its page).
    if (doc.slug === undefined && doc.id !== undefined) {
      const found = await req.payload.find({ collection, where: { id: { equals: doc.id } }, depth: 0, limit: 1, select: { slug: true, previousSlugs: true }, req })
      const current = found.docs[0] as Written | undefined
      slugs.push(current?.slug, ...(current?.previousSlugs ?? []).map((p) => p.slug))
    }
    for (const slug of slugs) if (slug) tags.add(documentTag(collection, slug))
  }
  const ids = written.map((doc) => doc.id).filter((id) => id !== undefined)
  for (const link of ids.length ? (linkedFrom[collection] ?? []) : []) {
    const linking = await req.payload.find({
      collection: link.collection,
      where: { [link.field]: { in: ids } },
      depth: 0,
      pagination: false,
      select: { slug: true },
      req,
    })
    for (const doc of linking.docs as Written[]) if (doc.slug) tags.add(documentTag(link.collection, doc.slug))
  }
  return [...tags]
}
