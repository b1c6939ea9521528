import type { CollectionConfig } from 'payload'

import type { CacheTag } from '@/lib/content/tags'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateTag'
import { previewPath } from '@/lib/content/paths'

type PublicCollection = 'stories' | 'activities' | 'recruitment-calls' | 'cases'

/** Drafts, versions, scheduled publishing, preview and cache refresh: shared by every public content type. */
export function publishing(collection: PublicCollection, tag: CacheTag): Pick<CollectionConfig, 'versions'> & {
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
      afterChange: [revalidateAfterChange(tag)],
      afterDelete: [revalidateAfterDelete(tag)],
    },
    admin: {
      preview: (doc, { locale }) => preview(doc, locale),
      livePreview: { url: ({ data, locale }) => preview(data, locale.code) },
    },
  }
}
