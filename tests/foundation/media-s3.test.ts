import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { imageOf } from '@/lib/content/media'
import { securityHeaders } from '@/lib/security/headers'
import type { Media } from '@/payload-types'
import { getTestPayload } from '../helpers/payload'
import { mediaFiles, uploadOf } from '../helpers/files'
import { startS3Server, type S3TestServer } from '../helpers/s3'
import { createTeamUsers, type TeamUsers } from '../helpers/users'

let s3: S3TestServer
let payload: Payload
let team: TeamUsers
let mediaDir: string


async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#4a7' } }).jpeg({ quality: 85 }).toBuffer()
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

/** A command as the README runs it: plain Node on the bundled entry. */
const runScript = (script: string, args: string[], env: Record<string, string | undefined> = {}) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  })

async function freshDatabase(): Promise<string> {
  const url = new URL(process.env.DATABASE_URL!)
  const name = `${url.pathname.slice(1)}_s3_restore`
  const admin = new pg.Client({ connectionString: url.toString() })
  await admin.connect()
  await admin.query(`drop database if exists "${name}" with (force)`)
  await admin.query(`create database "${name}"`)
  await admin.end()
  url.pathname = `/${name}`
  return url.toString()
}

async function objectBytes(key: string): Promise<Buffer> {
  const object = await s3.client.getObject({ Bucket: s3.bucket, Key: key })
  return Buffer.from(await object.Body!.transformToByteArray())
}

beforeAll(async () => {
  s3 = await startS3Server()
  // This file's worker loads the Payload config for the first time below, so it is built with these set.
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-media-s3-'))
  Object.assign(process.env, s3.env, { MEDIA_DIR: mediaDir })
  payload = await getTestPayload()
  team = await createTeamUsers(payload)
})

afterAll(async () => {
  await s3?.stop()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

describe('media on S3-compatible storage', () => {
  it('the media collection stores through the S3 adapter, not on disk', () => {
    const upload = payload.collections.media.config.upload
    expect(upload.adapter).toBe('s3')
    expect(upload.disableLocalStorage).toBe(true)
  })

  it('stores the original and every size in the bucket, served from the public URL, and nothing on disk', async () => {
    const data = await photo()
    const created = (await payload.create({
      collection: 'media',
      data: { alt: '社区花园的新长椅' },
      file: uploadOf(data, 'garden-bench.jpg'),
      user: team.contributor,
      overrideAccess: false,
    })) as Media
    const doc = (await payload.findByID({ collection: 'media', id: created.id, overrideAccess: false })) as Media

    const files = mediaFiles(doc)
    expect(Object.keys(doc.sizes ?? {}).sort()).toEqual(['card', 'cardSmall', 'hero', 'heroSmall', 'og', 'thumbnail'])
    expect(files).toHaveLength(7)
    expect(await s3.keys()).toEqual([...files].sort())

    const publicUrl = s3.env.S3_PUBLIC_URL
    expect(doc.url).toBe(`${publicUrl}/${doc.filename}`)
    for (const [name, size] of Object.entries(doc.sizes ?? {})) expect(size?.url, name).toBe(`${publicUrl}/${size?.filename}`)

    const original = await fetch(doc.url!)
    expect(original.status).toBe(200)
    const served = Buffer.from(await original.arrayBuffer())
    expect(served.equals(await objectBytes(doc.filename!))).toBe(true)
    expect(await sharp(served).metadata()).toMatchObject({ format: 'jpeg', width: 2560, height: 1707 })

    const card = await fetch(doc.sizes!.card!.url!)
    expect(card.status).toBe(200)
    expect(await sharp(Buffer.from(await card.arrayBuffer())).metadata()).toMatchObject({ format: 'webp', width: 640, height: 400 })

    // Pages link the bucket directly rather than streaming the image through the site.
    const image = imageOf(doc, 'card')
    expect(image?.src).toBe(doc.sizes!.card!.url)
    expect(image?.srcSet).toBe(`${doc.sizes!.cardSmall!.url} 320w, ${doc.sizes!.card!.url} 640w`)

    expect(fs.readdirSync(mediaDir)).toEqual([])

    // The site's own file URL (in pages cached before the switch, or links elsewhere) sends browsers to the bucket.
    const viaSite = await handleEndpoints({ config: payload.config, request: new Request(`http://localhost/api/media/file/${doc.sizes!.og!.filename}`) })
    expect(viaSite.status).toBe(302)
    expect(viaSite.headers.get('location')).toBe(doc.sizes!.og!.url)

    await payload.delete({ collection: 'media', id: doc.id, user: team.editor, overrideAccess: false })
    expect(await s3.keys()).toEqual([])
    expect((await fetch(doc.url!)).status).toBe(404)
  })

  it("pages and the admin may load images from the bucket's host", async () => {
    const host = new URL(s3.env.S3_PUBLIC_URL).host
    const rules = await securityHeaders()
    const policies = rules.flatMap((rule) => rule.headers).filter((h) => h.key === 'Content-Security-Policy')
    expect(policies).toHaveLength(3)
    for (const { value } of policies) expect(value).toMatch(new RegExp(`img-src 'self' ${host.replace('.', '\\.')}( |;)`))
  })

  it('a backup says the media are in the bucket and does not pretend to hold them; a restore leaves them there', async () => {
    const data = await photo()
    const doc = (await payload.create({
      collection: 'media',
      data: { alt: '备份时在存储桶里的图片' },
      file: uploadOf(data, 'kept-in-bucket.jpg'),
    })) as Media
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-backup-s3-')), 'backup.tar.gz')
    try {
      const backup = runScript('scripts/backup.ts', [out])
      expect(backup.status, backup.stderr).toBe(0)
      expect(backup.stdout).toContain('media NOT included')
      expect(backup.stdout).toContain(`media files are in the S3 bucket "${s3.bucket}", not in this archive`)
      const listed = spawnSync('tar', ['-tzf', out], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean)
      expect(listed.filter((entry) => entry.startsWith('media/') && entry !== 'media/')).toEqual([])
      const manifest = JSON.parse(spawnSync('tar', ['-xzOf', out, 'manifest.json'], { encoding: 'utf8' }).stdout) as { mediaBucket?: string }
      expect(manifest.mediaBucket).toBe(s3.bucket)
      const keys = await s3.keys()
      expect(keys).toContain(doc.filename)

      const restoredMedia = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-restore-s3-media-'))
      fs.writeFileSync(path.join(restoredMedia, 'untouched.txt'), 'x')
      const restore = runScript('scripts/restore.ts', [out], { DATABASE_URL: await freshDatabase(), MEDIA_DIR: restoredMedia })
      expect(restore.status, restore.stderr).toBe(0)
      expect(restore.stdout).toContain('media files were not restored')
      expect(restore.stdout).toContain(`the backup's media were in the S3 bucket "${s3.bucket}"`)
      expect(fs.readdirSync(restoredMedia)).toEqual(['untouched.txt'])
      expect(await s3.keys()).toEqual(keys)
      fs.rmSync(restoredMedia, { recursive: true, force: true })
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true })
      await payload.delete({ collection: 'media', id: doc.id })
    }
  })
})
