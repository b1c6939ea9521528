import type { CollectionConfig } from 'payload'

import { expirePublishedPages } from '@/hooks/expirePublishedPages'
import { previewPath, type RoutedCollection } from '@/lib/content/paths'

/** Drafts, versions, scheduled publishing, preview and cache refresh: shared by every public content type. */
export function publishing(collection: RoutedCollection): Pick<CollectionConfig, 'versions'> & {
  hooks: NonNullable<CollectionConfig['hooks']>
  admin: NonNullable<CollectionConfig['admin']>
} {
  const preview = (doc: Record<string, unknown>, locale?: string) =>
    previewPath(collection, String(doc.slug ?? ''), locale)
  return {
    versions: {
      maxPerDoc: 50,
      drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    },
    hooks: {
      afterOperation: [expirePublishedPages(collection)],
    },
    admin: {
      preview: (doc, { locale }) => preview(doc, locale),
      livePreview: { url: ({ data, locale }) => preview(data, locale.code) },
    },
  }
}
