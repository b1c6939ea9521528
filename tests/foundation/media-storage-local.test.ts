import fs from 'node:fs'
import path from 'node:path'

import type { Config, Field, Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { Media as MediaCollection } from '@/collections/Media'
import { readsLocalDisk } from '@/collections/Media/hooks/missingFileIsNotFound'
import { mediaStoragePlugin } from '@/lib/storage/s3'
import { securityHeaders } from '@/lib/security/headers'
import type { Media } from '@/payload-types'
import { getTestPayload } from '../helpers/payload'
import { uploadOf } from '../helpers/files'

let payload: Payload

/** Every data field's path, nested ones included: what the database schema is made from. */
const fieldPaths = (fields: Field[], parent = ''): string[] =>
  fields.flatMap((field) => {
    if (!('name' in field)) return []
    const here = `${parent}${field.name}`
    return 'fields' in field ? [here, ...fieldPaths(field.fields, `${here}.`)] : [here]
  })

async function mediaFieldsWith(env: Record<string, string>): Promise<string[]> {
  const config = await mediaStoragePlugin(env)({ collections: [MediaCollection] } as Config)
  return fieldPaths(config.collections!.find((c) => c.slug === 'media')!.fields).sort()
}

beforeAll(async () => {
  for (const name of Object.keys(process.env)) if (name.startsWith('S3_')) delete process.env[name]
  payload = await getTestPayload()
})

describe('media without S3 settings', () => {
  it('the media collection has no S3 adapter and keeps its files in MEDIA_DIR', async () => {
    const upload = payload.collections.media.config.upload
    expect(upload.adapter).toBeUndefined()
    expect(upload.disableLocalStorage).toBeFalsy()
    expect(path.resolve(upload.staticDir!)).toBe(path.resolve(process.env.MEDIA_DIR!))
    expect(upload.handlers?.filter(readsLocalDisk)).toHaveLength(1)

    const data = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#a64' } }).png().toBuffer()
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: '本地保存的图片' },
      file: uploadOf(data, 'local-only.png'),
    })) as Media
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, doc.filename!))).toBe(true)
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, doc.sizes!.card!.filename!))).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id })
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, doc.filename!))).toBe(false)
  })

  it('pages load images from their own origin only', async () => {
    const policies = (await securityHeaders()).flatMap((rule) => rule.headers).filter((h) => h.key === 'Content-Security-Policy')
    expect(policies.map((p) => p.value.match(/img-src [^;]*/)?.[0])).toEqual(["img-src 'self' data: blob:", "img-src 'self' data: blob:", "img-src 'self'"])
  })

  it('S3 settings change no field, so the schema and migrations are the same with and without them', async () => {
    const without = await mediaFieldsWith({})
    const withS3 = await mediaFieldsWith({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9', S3_PUBLIC_URL: 'https://media.example.org' })
    const privateS3 = await mediaFieldsWith({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9' })
    expect(without).toEqual(expect.arrayContaining(['prefix', '_objectKey', 'alt', 'caption']))
    expect(withS3).toEqual(without)
    expect(privateS3).toEqual(without)
  })
})
