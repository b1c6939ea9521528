import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { get, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

describe('draft preview', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  it('refuses visitors who are not signed in', async () => {
    const res = await get('/preview?collection=stories&slug=luo-shu-kai-men&locale=zh')
    expect(res.status).toBe(401)
  })

  it('shows a signed-in team member the draft, with a preview banner, while visitors still get a 404', async () => {
    const slug = unique('preview-draft')
    await rest('POST', '/stories', auth, { title: `预览草稿 ${slug}`, slug, _status: 'draft' })
    const enter = await get(`/preview?collection=stories&slug=${slug}&locale=en`, { headers: { authorization: auth } })
    expect(enter.status).toBe(307)
    expect(enter.headers.get('location')).toBe(`/en/stories/${slug}`)
    const bypass = /__prerender_bypass=[^;]+/.exec(enter.headers.get('set-cookie') ?? '')?.[0]
    expect(bypass).toBeTruthy()

    const preview = await get(`/en/stories/${slug}`, { cookie: bypass, headers: { authorization: auth } })
    expect(preview.status).toBe(200)
    expect(preview.text).toContain(`预览草稿 ${slug}`)
    expect(preview.text).toContain('data-preview-banner')

    expect((await get(`/en/stories/${slug}`, { cookie: bypass })).status).toBe(404)
    expect((await get(`/en/stories/${slug}`)).status).toBe(404)
  })

  it('leaves draft mode and returns to paths with Chinese and Latin-1 characters, percent-encoded', async () => {
    for (const [next, location] of [
      ['/search?q=重阳', '/search?q=%E9%87%8D%E9%98%B3'],
      ['/en/search?q=Müller', '/en/search?q=M%C3%BCller'],
    ]) {
      const res = await get(`/preview?exit=1&next=${encodeURIComponent(next!)}`)
      expect(res.status, next).toBe(307)
      expect(res.headers.get('location'), next).toBe(location)
    }
    expect((await get(`/preview?exit=1&next=${encodeURIComponent('https://evil.example/')}`)).headers.get('location')).toBe('/')
  })
})
