import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { decodedBody, rawGet, type RawAnswer, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

type Page = RawAnswer & { html: string }

/** A browser-like page GET (gzip) with the given extra headers, decoded. */
async function page(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const res = await rawGet(path, { 'accept-encoding': 'gzip', ...headers })
  return { ...res, html: decodedBody(res) }
}

const fromMemory = (res: RawAnswer) => res.headers['x-linli-micro-cache'] === 'HIT'

describe('one-second memory of public pages', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  it('answers a repeat visit from memory with the same page and headers', async () => {
    const path = `/stories?visit=${unique('memory')}`
    await page('/stories')
    const first = await page(path)
    const second = await page(path)
    expect(first.headers['x-nextjs-cache']).toBe('HIT')
    expect(fromMemory(first)).toBe(false)
    expect(fromMemory(second)).toBe(true)
    expect(second.html).toBe(first.html)
    for (const name of ['content-security-policy', 'etag', 'cache-control', 'vary', 'x-content-type-options', 'content-encoding']) expect(second.headers[name], name).toBe(first.headers[name])

    const notModified = await page(path, { 'if-none-match': first.headers.etag! })
    expect(notModified.status).toBe(304)
  })

  it('keeps the elder-mode variant apart and never answers visitors with other cookies or router requests', async () => {
    const path = `/about?visit=${unique('variants')}`
    await page('/about', { cookie: 'elder=1' })
    await page(path)
    const elder = await page(path, { cookie: 'elder=1' })
    expect(fromMemory(elder)).toBe(false)
    expect(elder.html).toMatch(/<html[^>]*class="elder"/)
    const elderAgain = await page(path, { cookie: 'elder=1' })
    expect(fromMemory(elderAgain)).toBe(true)
    expect(elderAgain.html).toMatch(/<html[^>]*class="elder"/)
    expect((await page(path)).html).not.toMatch(/<html[^>]*class="elder"/)

    expect(fromMemory(await page(path, { cookie: 'payload-token=someone' }))).toBe(false)
    expect(fromMemory(await page(path, { cookie: 'elder=1; other=1' }))).toBe(false)
    const router = await page(path, { rsc: '1' })
    expect(fromMemory(router)).toBe(false)
    expect(router.html).not.toContain('<!DOCTYPE html>')
  })

  it('does not remember what a signed-in visitor was sent', async () => {
    const path = `/stories?visit=${unique('signed-in')}`
    await page(path, { cookie: 'payload-token=someone' })
    await page(path, { cookie: 'payload-token=someone' })
    expect(fromMemory(await page(path))).toBe(false)
  })

  it('shows an edit within two seconds even to a page read continuously', async () => {
    const slug = unique('memory-story')
    const title = `内存测试故事 ${slug}`
    const { doc } = await rest<{ doc: { id: number } }>('POST', '/stories', auth, { title, slug, summary: '一秒缓存', _status: 'published' })
    await eventually(async () => expect((await page(`/stories/${slug}`)).html).toContain(title))
    const edited = `${title}（已修改）`
    let reading = true
    const reader = (async () => {
      while (reading) await page(`/stories/${slug}`)
    })()
    const saved = Date.now()
    await rest('PATCH', `/stories/${doc.id}`, auth, { title: edited })
    const shownAfter = await eventually(async () => {
      expect((await page(`/stories/${slug}`)).html).toContain(edited)
      return Date.now() - saved
    }, 10_000, 50)
    reading = false
    await reader
    expect(shownAfter).toBeLessThan(2000)
  })
})
