import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { get, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { htmlLang, seededPayload, unique } from './helpers'

describe('search', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  const search = (q: string, locale: 'zh' | 'en' = 'zh') => get(`${locale === 'en' ? '/en' : ''}/search?q=${encodeURIComponent(q)}`)

  it('finds a story by a two-character Chinese word', async () => {
    const res = await search('骆叔')
    expect(res.status).toBe(200)
    expect(res.text).toContain('/stories/luo-shu-kai-men')
  })

  it('finds English words on the English site, and ranks title matches first', async () => {
    const res = await search('Uncle Luo', 'en')
    expect(res.status).toBe(200)
    expect(htmlLang(res.text)).toBe('en')
    const first = /data-search-hit="[^"]+"[\s\S]*?href="([^"]+)"/.exec(res.text)?.[1]
    expect(first).toBe('/en/stories/luo-shu-kai-men')
  })

  it('searches rich-text bodies, not only titles', async () => {
    const res = await search('揣着钥匙')
    expect(res.text).toContain('/stories/luo-shu-kai-men')
  })

  it('finds published documents only', async () => {
    const word = `草稿词${Date.now() % 100000}`
    const slug = unique('search-draft')
    await rest('POST', '/stories', auth, { title: `未发布 ${word}`, slug, _status: 'draft' })
    const draft = await search(word)
    expect(draft.status).toBe(200)
    expect(draft.text).not.toContain(slug)
    const published = unique('search-published')
    await rest('POST', '/stories', auth, { title: `已发布 ${word}2`, slug: published, _status: 'published' })
    expect((await search(`${word}2`)).text).toContain(`/stories/${published}`)
  })

  it('answers empty, too short and overlong queries with a friendly message', async () => {
    for (const q of ['', '茶', 'x'.repeat(500)]) {
      const res = await search(q)
      expect(res.status).toBe(200)
      expect(res.text).toMatch(/data-search-status[^>]*><p class="notice">[^<]+<\/p>/)
    }
    expect((await get('/search')).status).toBe(200)
  })

  it('treats LIKE wildcards as plain characters', async () => {
    const res = await search('%%__')
    expect(res.status).toBe(200)
    expect(res.text).not.toContain('data-search-hit')
  })
})
