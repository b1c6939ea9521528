import fs from 'node:fs'
import path from 'node:path'

import exifr from 'exifr'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { mediaFiles, uploadOf } from '../helpers/files'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'

let payload: Payload
let team: TeamUsers
const mediaDir = () => process.env.MEDIA_DIR!

async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#b86' } })
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'Phone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 48/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '103/1 53/1 0/1' },
    })
    .jpeg({ quality: 90 })
    .toBuffer()
}

beforeAll(async () => {
  payload = await getTestPayload()
  team = await createTeamUsers(payload)
})

describe('media uploads', () => {
  it('the test photo really carries GPS before upload', async () => {
    expect(await exifr.gps(await photoWithGps())).toMatchObject({ latitude: 30.8 })
  })

  it('stores no GPS in the original or any size, and makes every size', async () => {
    const data = await photoWithGps()
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: '院子里的合影' },
      file: uploadOf(data, 'home-visit.jpg'),
      user: team.contributor,
      overrideAccess: false,
    })) as Media
    const files = mediaFiles(doc)
    expect(Object.keys(doc.sizes ?? {}).sort()).toEqual(['card', 'cardSmall', 'hero', 'heroSmall', 'og', 'thumbnail'])
    expect(files).toHaveLength(7)
    for (const file of files) {
      const stored = fs.readFileSync(path.join(mediaDir(), file))
      expect(await exifr.gps(stored).catch(() => undefined), file).toBeUndefined()
      const parsed = await exifr.parse(stored, { gps: true }).catch(() => undefined)
      expect(parsed?.GPSLatitude, file).toBeUndefined()
    }
    expect(doc.sizes?.og).toMatchObject({ width: 1200, height: 630 })
    expect(doc.sizes?.thumbnail?.mimeType).toBe('image/webp')
  })

  it('requires alt text for images', async () => {
    const data = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } }).png().toBuffer()
    await expect(
      payload.create({ collection: 'media', data: {}, file: { data, mimetype: 'image/png', name: 'x.png', size: data.length } }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'alt', message: expect.stringMatching(/替代文字/) })] } })
  })

  it('refuses a file whose type is not allowed, with a clear error (over HTTP)', async () => {
    const auth = await loginOverHttp(siteUrl(), team.editor)
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    const form = new FormData()
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), 'drawing.svg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${siteUrl()}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { message: string }[] }
    expect(JSON.stringify(body.errors)).toMatch(/file|文件|type|类型/i)
  })

  it('refuses an executable renamed to .jpg (checked by content, not by name)', async () => {
    const auth = await loginOverHttp(siteUrl(), team.editor)
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(2000, 1)])
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(elf)], { type: 'image/jpeg' }), 'holiday.jpg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${siteUrl()}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    expect(res.status).toBe(400)
  })

  it('anonymous visitors cannot upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await photoWithGps())], { type: 'image/jpeg' }), 'a.jpg')
    form.append('_payload', JSON.stringify({ alt: 'x' }))
    const res = await fetch(`${siteUrl()}/api/media`, { method: 'POST', body: form })
    expect(res.status).toBe(403)
  })
})
