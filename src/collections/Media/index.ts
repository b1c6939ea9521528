import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CollectionConfig } from 'payload'

import { anyone, staff, team } from '@/access'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateTag'
import { cacheTags } from '@/lib/content/tags'
import { missingFileIsNotFound } from './hooks/missingFileIsNotFound'
import { requireAltForImages } from './hooks/requireAltForImages'

const mediaDir = process.env.MEDIA_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../media')

export const allowedMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
  'application/pdf',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '图片与文件', en: 'Media' }, plural: { zh: '图片与文件', en: 'Media' } },
  admin: { group: { zh: '内容', en: 'Content' }, defaultColumns: ['filename', 'alt', 'mimeType', 'updatedAt'] },
  access: { read: anyone, create: team, update: team, delete: staff },
  // A changed caption or alt text shows on the pages that carry the image (their reads carry the media tag).
  hooks: { beforeValidate: [requireAltForImages], afterChange: [revalidateAfterChange(cacheTags.media)], afterDelete: [revalidateAfterDelete(cacheTags.media)] },
  upload: {
    staticDir: mediaDir,
    handlers: [missingFileIsNotFound(mediaDir)],
    mimeTypes: allowedMimeTypes,
    // Re-encoding the original through sharp drops every EXIF tag, GPS included:
    // photos taken in elders' homes must not reveal where they live.
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      // cardSmall and heroSmall: the same crops at about half the width, for the pages' srcset (phones get the small one).
      { name: 'cardSmall', width: 320, height: 200, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 640, height: 400, position: 'centre', formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'heroSmall', width: 800, height: 450, position: 'centre', formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'hero', width: 1280, height: 720, position: 'centre', formatOptions: { format: 'webp', options: { quality: 72 } } },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { zh: '替代文字', en: 'Alt text' },
      admin: {
        description: {
          zh: '为看不见图片的读者描述画面内容（图片必填）。',
          en: 'Describe the picture for readers who cannot see it (required for images).',
        },
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      maxLength: 300,
      label: { zh: '图片说明', en: 'Caption' },
    },
  ],
}
