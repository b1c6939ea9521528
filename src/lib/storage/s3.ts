import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Plugin } from 'payload'

import { readsLocalDisk } from '@/collections/Media/hooks/missingFileIsNotFound'
import { publicObjectUrl, S3_COLLECTIONS, s3SettingsFromEnv, type Env } from './s3Settings'

type UploadHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

/**
 * The local folder is empty with media in a bucket, so its 404 handler goes. With a public bucket, the
 * site's own file URLs (in pages cached before the switch, or links elsewhere) redirect to the bucket.
 */
function bucketHandlers(config: Config, publicUrl: string | undefined): Config {
  const inBucket = new Set<string>(S3_COLLECTIONS)
  const toBucket: UploadHandler = (_req, { params }) => Response.redirect(publicObjectUrl(publicUrl!, params.filename), 302)
  const replace = (collection: CollectionConfig): CollectionConfig => {
    if (!inBucket.has(collection.slug) || typeof collection.upload !== 'object') return collection
    const handlers = (collection.upload.handlers ?? []).filter((h) => !readsLocalDisk(h))
    return { ...collection, upload: { ...collection.upload, handlers: publicUrl ? [...handlers, toBucket] : handlers } }
  }
  return { ...config, collections: config.collections?.map(replace) }
}

/**
 * Media on S3-compatible storage (AWS S3, Aliyun OSS, MinIO…), switched on by S3_BUCKET (see s3Settings.ts).
 * Without it the plugin still adds its two fields (prefix, _objectKey) so that the schema, and so the
 * migrations, are the same with and without S3; files then stay in the local media folder as before.
 */
export function mediaStoragePlugin(env: Env = process.env): Plugin {
  const settings = s3SettingsFromEnv(env)
  const publicUrl = settings?.publicUrl
  // An explicit (empty) prefix gives the collection the plugin's `prefix` field with S3 on too, as alwaysInsertFields
  // does with it off: one schema either way. Keys stay bare filenames, as in the media folder.
  const prefix = ''
  const collection = publicUrl
    ? {
        prefix,
        // Pages link the bucket (or its CDN) directly: image bytes never pass through Next.
        disablePayloadAccessControl: true as const,
        generateFileURL: ({ filename, prefix }: { filename: string; prefix?: string }) => publicObjectUrl(publicUrl, filename, prefix),
      }
    : // A private bucket: files are streamed through Payload's /api/media/file/… after its access check.
      { prefix, disablePayloadAccessControl: undefined }
  const storage = s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    collections: Object.fromEntries(S3_COLLECTIONS.map((slug) => [slug, collection])),
    config: settings
      ? {
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.accessKeyId ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey! } : undefined,
          // Not every S3-compatible service accepts the checksums newer AWS SDKs add to every upload by default.
          ...(settings.endpoint ? { requestChecksumCalculation: 'WHEN_REQUIRED' as const, responseChecksumValidation: 'WHEN_REQUIRED' as const } : {}),
        }
      : {},
  })
  return settings ? (config) => storage(bucketHandlers(config, publicUrl)) : storage
}
