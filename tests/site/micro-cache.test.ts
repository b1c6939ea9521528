import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { decodedBody, rawGet, type RawAnswer, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

type Page = RawAnswer & { html: string }

/** How long the server remembers a page (the test server runs with the default). */
const MEMORY_MS = Number(process.env.LINLI_MICROCACHE_MS ?? 1000)
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
/** A cookie the memory does not share answers with: the request goes to Next.js. */
const PAST_MEMORY = { cookie: 'visitor=1' }

/** A browser-like page GET (gzip) with the given extra headers, decoded. */
async function page(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const res = await rawGet(path, { 'accept-encoding': 'gzip', ...headers })
  return { ...res, html: decodedBody(res) }
}

const fromMemory = (res: RawAnswer) => res.headers['x-linli-micro-cache'] === 'HIT'
const isElder = (html: string) => /<html[^>]*class="elder"/.test(html)

describe('one-second memory of public pages', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  it('answers a repeat visit from memory with the same page and headers', async () => {
    await page('/stories')
    await sleep(MEMORY_MS + 200)
    const first = await page('/stories')
    const second = await page('/stories')
    expect(fromMemory(first)).toBe(false)
    expect(fromMemory(second)).toBe(true)
    expect(second.html).toBe(first.html)
    for (const name of ['content-security-policy', 'etag', 'cache-control', 'vary', 'x-content-type-options', 'content-encoding', 'content-type']) expect(second.headers[name], name).toBe(first.headers[name])
    expect(Number(second.headers['content-length'])).toBe(second.body.byteLength)

    const notModified = await page('/stories', { 'if-none-match': first.headers.etag! })
    expect(notModified.status).toBe(304)
  })

  it('keys a page by its path: any query string is answered from the same memory', async () => {
    // What the memory relies on: Next answers a page from its cache the same whatever the query string.
    const plain = await page('/stories', PAST_MEMORY)
    const queried = await page(`/stories?utm_source=${unique('q')}`, PAST_MEMORY)
    expect(queried.headers.etag).toBe(plain.headers.etag)
    expect(queried.html).toBe(plain.html)

    await page('/stories')
    for (let i = 0; i < 10; i++) {
      const res = await page(`/stories?x=${unique('random')}`)
      expect(fromMemory(res)).toBe(true)
      expect(res.headers.etag).toBe(plain.headers.etag)
    }
  })

  it('never remembers a page that reads its query string', async () => {
    const a = await page(`/search?q=${encodeURIComponent('重阳')}`)
    const b = await page(`/search?q=${encodeURIComponent('茶话会')}`)
    for (const res of [a, b]) expect(fromMemory(res)).toBe(false)
    expect(fromMemory(await page(`/search?q=${encodeURIComponent('重阳')}`))).toBe(false)
    expect(b.html).toContain('茶话会')
  })

  it('keeps the elder-mode variant apart and never answers visitors with other cookies or router requests', async () => {
    await page('/about', { cookie: 'elder=1' })
    await page('/about')
    const elder = await page('/about', { cookie: 'elder=1' })
    expect(fromMemory(elder)).toBe(true)
    expect(isElder(elder.html)).toBe(true)
    const standard = await page('/about')
    expect(fromMemory(standard)).toBe(true)
    expect(isElder(standard.html)).toBe(false)

    expect(fromMemory(await page('/about', { cookie: 'payload-token=someone' }))).toBe(false)
    expect(fromMemory(await page('/about', { cookie: 'elder=1; other=1' }))).toBe(false)
    const router = await page('/about', { rsc: '1' })
    expect(fromMemory(router)).toBe(false)
    expect(router.html).not.toContain('<!DOCTYPE html>')
  })

  it('follows the elder-mode rule of next.config: a cookie it reads otherwise never picks or poisons a remembered variant', async () => {
    await sleep(MEMORY_MS + 200)
    // Next.js decides these (first cookie wins, quotes stripped, the value must be exactly 1); the memory stays out of it.
    for (const [cookie, elder] of [
      ['elder=1; elder=0', true],
      ['elder="1"', true],
      ['elder=0', false],
      ['elder=10', false],
      ['elder=0; elder=1', false],
    ] as const) {
      const res = await page('/cases', { cookie })
      expect(fromMemory(res), cookie).toBe(false)
      expect(isElder(res.html), cookie).toBe(elder)
    }
    await page('/cases')
    await page('/cases', { cookie: 'elder=1' })
    expect(isElder((await page('/cases')).html)).toBe(false)
    expect(isElder((await page('/cases', { cookie: 'elder=1' })).html)).toBe(true)
  })

  it('does not remember what a signed-in visitor was sent', async () => {
    await sleep(MEMORY_MS + 200)
    await page('/activities', { cookie: 'payload-token=someone' })
    await page('/activities', { cookie: 'payload-token=someone' })
    expect(fromMemory(await page('/activities'))).toBe(false)
  })

  it('shows an edit to every visitor once the memory’s time has passed, even on a page read continuously', async () => {
    const slug = unique('memory-story')
    const title = `内存测试故事 ${slug}`
    const { doc } = await rest<{ doc: { id: number } }>('POST', '/stories', auth, { title, slug, summary: '一秒缓存', _status: 'published' })
    await eventually(async () => expect((await page(`/stories/${slug}`)).html).toContain(title))
    const edited = `${title}（已修改）`
    let reading = true
    let fromMemoryWhileReading = 0
    const reader = (async () => {
      while (reading) if (fromMemory(await page(`/stories/${slug}`))) fromMemoryWhileReading++
    })()
    try {
      await eventually(async () => expect(fromMemoryWhileReading).toBeGreaterThan(0))
      await rest('PATCH', `/stories/${doc.id}`, auth, { title: edited })
      // Next.js has the new version (a visitor past the memory sees it)...
      await eventually(async () => expect((await page(`/stories/${slug}`, PAST_MEMORY)).html).toContain(edited), 10_000, 50)
      // ...and once the memory's time has passed, so does everyone, though the reader kept the page in memory all along.
      await sleep(MEMORY_MS + 250)
      const later = await page(`/stories/${slug}`)
      expect(later.html).toContain(edited)
    } finally {
      reading = false
      await reader
    }
  })
})
