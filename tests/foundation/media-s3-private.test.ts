import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { imageOf } from '@/lib/content/media'
import { securityHeaders } from '@/lib/security/headers'
import type { Media } from '@/payload-types'
import { getTestPayload } from '../helpers/payload'
import { mediaFiles, uploadOf } from '../helpers/files'
import { startS3Server, type S3TestServer } from '../helpers/s3'

let s3: S3TestServer
let payload: Payload
let mediaDir: string

/** A GET through Payload's REST routes, in this process (as the site's /api route runs them). */
const get = (pathname: string) => handleEndpoints({ config: payload.config, request: new Request(`http://localhost${pathname}`) })

beforeAll(async () => {
  s3 = await startS3Server()
  // Without S3_PUBLIC_URL the bucket is private: files are streamed through Payload after its access check.
  const { S3_PUBLIC_URL: _public, ...env } = s3.env
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-media-s3-private-'))
  Object.assign(process.env, env, { MEDIA_DIR: mediaDir })
  payload = await getTestPayload()
})

afterAll(async () => {
  await s3?.stop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('media in a private S3 bucket (no S3_PUBLIC_URL)', () => {
  it("stores every file in the bucket and serves them through the site's /api/media/file/", async () => {
    expect(payload.collections.media.config.upload.adapter).toBe('s3')
    const data = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#357' } }).jpeg().toBuffer()
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: '私有存储桶里的图片' },
      file: uploadOf(data, 'private-bucket.jpg'),
    })) as Media
    const files = mediaFiles(doc)
    expect(await s3.keys()).toEqual([...files].sort())
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
    expect(imageOf(doc, 'hero')?.src).toBe(`/api/media/file/${doc.sizes!.hero!.filename}`)
    expect(fs.readdirSync(mediaDir)).toEqual([])

    const res = await get(doc.url!)
    expect(res.status).toBe(200)
    const object = await s3.client.getObject({ Bucket: s3.bucket, Key: doc.filename! })
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(await object.Body!.transformToByteArray()))).toBe(true)
    const thumbnail = await get(doc.sizes!.thumbnail!.url!)
    expect(thumbnail.status).toBe(200)
    expect(await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 320, height: 240 })
    const missing = await get('/api/media/file/no-such-file.jpg')
    expect(missing.status).toBe(404)
    await missing.body?.cancel()

    await payload.delete({ collection: 'media', id: doc.id })
    expect(await s3.keys()).toEqual([])
  })

  it('adds no bucket host to the Content-Security-Policy', async () => {
    const policies = (await securityHeaders()).flatMap((rule) => rule.headers).filter((h) => h.key === 'Content-Security-Policy')
    for (const { value } of policies) expect(value).not.toContain('127.0.0.1')
  })
})
