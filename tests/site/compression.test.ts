import http from 'node:http'
import zlib from 'node:zlib'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { decodedBody as decoded, rawGet as rawGetWith, rest } from '../helpers/http'
import { siteUrl } from '../helpers/payload'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

/** A GET with exactly the given Accept-Encoding (none at all when undefined). */
const rawGet = (path: string, acceptEncoding?: string) => rawGetWith(path, acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding })

describe('response compression', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  it('sends a cached page in the encoding the client prefers, with the same HTML as uncompressed', async () => {
    await rawGet('/stories', 'identity')
    const plain = await rawGet('/stories', 'identity')
    expect(plain.headers['x-nextjs-cache']).toBe('HIT')
    expect(plain.headers.etag).toBeTruthy()
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(Number(plain.headers['content-length'])).toBe(plain.body.byteLength)
    const html = plain.body.toString('utf8')
    expect(html).toContain('</html>')

    for (const [accept, expected] of [
      ['gzip', 'gzip'],
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=0.5, gzip', 'gzip'],
      ['gzip;q=0, br;q=0', undefined],
    ] as const) {
      const res = await rawGet('/stories', accept)
      expect(res.status, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBe(expected)
      expect(res.headers.vary, accept).toMatch(/accept-encoding/i)
      expect(Number(res.headers['content-length']), accept).toBe(res.body.byteLength)
      expect(decoded(res), accept).toBe(html)
    }
  })

  it('compresses a page once per version: later visitors, whatever their query string, get its best copy', async () => {
    // A new story is a version of its page nobody has asked for yet.
    const slug = unique('compressed-once')
    const title = `压缩一次测试 ${slug}`
    await rest('POST', '/stories', auth, { title, slug, summary: '每个版本只压缩一次', _status: 'published' })
    // A cookie keeps these requests past the one-second memory: they reach Next.js and the compression stage.
    const visit = (path: string) => rawGetWith(path, { 'accept-encoding': 'br', cookie: 'visitor=1' })
    const first = await eventually(async () => {
      const res = await visit(`/stories/${slug}`)
      expect(decoded(res)).toContain(title)
      return res
    })
    const best = await eventually(async () => {
      const res = await visit(`/stories/${slug}`)
      expect(res.body.byteLength).toBeLessThan(first.body.byteLength)
      return res
    })
    expect(decoded(best)).toBe(decoded(first))
    // The kept copy is brotli at its best quality (11), not the quick one (4).
    const html = Buffer.from(decoded(best))
    const atQuality = (q: number) => zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: q, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: html.byteLength } }).byteLength
    expect(best.body.byteLength).toBe(atQuality(11))
    expect(first.body.byteLength).toBe(atQuality(4))
    // A new compression would answer with a fresh quick copy (the first answer's bytes): each of these gets the kept best one.
    for (let i = 0; i < 20; i++) {
      const res = await visit(`/stories/${slug}?x=${unique('random')}`)
      expect(res.headers.etag).toBe(best.headers.etag)
      expect(res.body.equals(best.body), `request ${i}`).toBe(true)
    }
  })

  it('never serves a compressed copy of an older version after an edit', async () => {
    const slug = unique('compressed-story')
    const title = `压缩测试故事 ${slug}`
    const { doc } = await rest<{ doc: { id: number } }>('POST', '/stories', auth, { title, slug, summary: '压缩测试', _status: 'published' })
    await eventually(async () => expect(decoded(await rawGet(`/stories/${slug}`, 'br'))).toContain(title))
    await rawGet(`/stories/${slug}`, 'gzip')

    const edited = `${title}（已修改）`
    await rest('PATCH', `/stories/${doc.id}`, auth, { title: edited })
    await eventually(async () => {
      for (const accept of ['br', 'gzip']) {
        const text = decoded(await rawGet(`/stories/${slug}`, accept))
        expect(text).toContain(edited)
      }
    })
  })

  it('still compresses streamed pages and API answers, which are not kept', async () => {
    const search = await rawGet(`/search?q=${encodeURIComponent('重阳')}`, 'gzip')
    expect(search.status).toBe(200)
    expect(search.headers['content-encoding']).toBe('gzip')
    expect(search.headers.etag).toBeUndefined()
    expect(decoded(search)).toContain('</html>')

    const api = await rawGet('/api/stories?limit=5&depth=0', 'gzip')
    expect(api.status).toBe(200)
    expect(api.headers['content-encoding']).toBe('gzip')
    expect((JSON.parse(decoded(api)) as { docs: unknown[] }).docs.length).toBeGreaterThan(0)
  })

  it('answers a HEAD and a matching If-None-Match without a body', async () => {
    const page = await rawGet('/stories', 'gzip')
    const etag = page.headers.etag
    expect(etag).toBeTruthy()
    const notModified = await rawGetWith('/stories', { 'accept-encoding': 'gzip', 'if-none-match': etag! })
    expect(notModified.status).toBe(304)
    expect(notModified.body.byteLength).toBe(0)

    const head = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(`${siteUrl()}/stories`, { method: 'HEAD', headers: { 'accept-encoding': 'gzip' } }, resolve)
      req.on('error', reject)
      req.end()
    })
    head.resume()
    expect(head.statusCode).toBe(200)
  })
})
