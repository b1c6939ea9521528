import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Plugin } from 'payload'

import { readsLocalDisk } from '@/collections/Media/hooks/missingFileIsNotFound'
import { publicObjectUrl, S3_COLLECTIONS, s3SettingsFromEnv, type Env } from './s3Settings'

/**
 * Media on S3-compatible storage (AWS S3, Aliyun OSS, MinIO…), switched on by S3_BUCKET (see s3Settings.ts).
 * Without it the plugin still adds its two columns (prefix, _objectKey) so that the schema, and so the
 * migrations, are the same with and without S3; files then stay in the local media folder as before.
 */
function withoutLocalDiskHandlers(config: Config): Config {
  const inBucket = new Set<string>(S3_COLLECTIONS)
  const strip = (collection: CollectionConfig): CollectionConfig =>
    inBucket.has(collection.slug) && typeof collection.upload === 'object'
      ? { ...collection, upload: { ...collection.upload, handlers: collection.upload.handlers?.filter((h) => !readsLocalDisk(h)) } }
      : collection
  return { ...config, collections: config.collections?.map(strip) }
}

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
  return settings ? (config) => storage(withoutLocalDiskHandlers(config)) : storage
}
