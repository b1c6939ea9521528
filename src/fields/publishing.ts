import type { CollectionConfig } from 'payload'

import { expirePublishedPages } from '@/hooks/expirePublishedPages'
import { sayPublished } from '@/hooks/sayPublished'
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
      // validate: with it, opening 创建新条目 no longer saves an empty draft at once (Payload creates a
      // document on opening the create view only when drafts skip validation); the first save needs a title.
      drafts: { autosave: { interval: 1500 }, schedulePublish: true, validate: true },
    },
    hooks: {
      beforeOperation: [sayPublished],
      afterOperation: [expirePublishedPages(collection)],
    },
    admin: {
      preview: (doc, { locale }) => preview(doc, locale),
      livePreview: { url: ({ data, locale }) => preview(data, locale.code) },
    },
  }
}
