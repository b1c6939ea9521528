import { beforeAll, describe, expect, it } from 'vitest'

import { cacheHit, get } from '../helpers/http'
import { htmlLang, seededPayload } from './helpers'

describe('elder mode (长辈模式)', () => {
  beforeAll(async () => {
    await seededPayload()
  })

  it('is switched on by a plain link that sets a cookie and goes back', async () => {
    const res = await get('/elder-mode?on=1&next=%2Fstories')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/stories')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^elder=1;/)
    expect(cookie).toMatch(/Max-Age=31536000/)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).toMatch(/Path=\//)
  })

  it('serves the cached elder variant of a page to a visitor with the cookie', async () => {
    const first = await get('/stories', { cookie: 'elder=1' })
    expect(first.status).toBe(200)
    expect(first.text).toContain('data-mode="elder"')
    expect(first.text).toContain('/elder-mode?on=0&amp;next=%2Fstories')
    const second = await get('/stories', { cookie: 'elder=1' })
    expect(cacheHit(second.headers)).toBe(true)
    const standard = await get('/stories')
    expect(standard.text).toContain('data-mode="standard"')
    expect(standard.text).toContain('/elder-mode?on=1&amp;next=%2Fstories')
  })

  it('works for English pages and the home pages too', async () => {
    const en = await get('/en/stories/luo-shu-kai-men', { cookie: 'elder=1' })
    expect(en.status).toBe(200)
    expect(htmlLang(en.text)).toBe('en')
    expect(en.text).toContain('data-mode="elder"')
    expect((await get('/', { cookie: 'elder=1' })).text).toContain('data-mode="elder"')
    expect((await get('/en', { cookie: 'elder=1' })).text).toContain('data-mode="elder"')
  })

  it('is switched off again', async () => {
    const res = await get('/elder-mode?on=0&next=%2Fen%2Fstories')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/en/stories')
    expect(res.headers.get('set-cookie')).toMatch(/^elder=;.*Max-Age=0/)
  })

  it('only returns to paths on this site', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const res = await get(`/elder-mode?on=1&next=${encodeURIComponent(next)}`)
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/')
    }
  })

  it('returns to paths with Chinese and Latin-1 characters, percent-encoded', async () => {
    const cases: [string, string][] = [
      ['/search?q=重阳', '/search?q=%E9%87%8D%E9%98%B3'],
      ['/search?q=%E9%87%8D%E9%98%B3', '/search?q=%E9%87%8D%E9%98%B3'],
      ['/search?q=café ü#ÿ', '/search?q=caf%C3%A9%20%C3%BC#%C3%BF'],
      ['/stories/é', '/stories/%C3%A9'],
    ]
    for (const [next, location] of cases) {
      const res = await get(`/elder-mode?on=1&next=${encodeURIComponent(next)}`)
      expect(res.status, next).toBe(303)
      expect(res.headers.get('location'), next).toBe(location)
    }
    // The exact request from the scan: a resident switching to elder mode on the search page for 重阳.
    const scanned = await get('/elder-mode?on=1&next=%2Fsearch%3Fq%3D%E9%87%8D%E9%98%B3')
    expect(scanned.status).toBe(303)
    expect(scanned.headers.get('location')).toBe('/search?q=%E9%87%8D%E9%98%B3')
    const followed = await get(scanned.headers.get('location')!, { cookie: 'elder=1' })
    expect(followed.status).toBe(200)
    expect(followed.text).toContain('重阳')
    // Dot segments that would resolve to another host stay home.
    expect((await get(`/elder-mode?on=1&next=${encodeURIComponent('/..//evil.example/x')}`)).headers.get('location')).toBe('/')
  })

  it('keeps canonical URLs free of the mode', async () => {
    const { text } = await get('/stories', { cookie: 'elder=1' })
    expect(text).toMatch(/<link rel="canonical" href="http[^"]+\/stories"/)
    expect(text).not.toMatch(/href="[^"]*\/(zh|en)\/(standard|elder)/)
  })
})
