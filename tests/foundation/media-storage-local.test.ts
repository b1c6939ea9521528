import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { readsLocalDisk } from '@/collections/Media/hooks/missingFileIsNotFound'
import { securityHeaders } from '@/lib/security/headers'
import type { Media } from '@/payload-types'
import { getTestPayload } from '../helpers/payload'

let payload: Payload

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
      file: { data, mimetype: 'image/png', name: 'local-only.png', size: data.length },
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
})
