import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { get } from '../helpers/http'
import { seededPayload } from './helpers'

// Issue 14, points 9 and 15: what a story page offers, and that its cover needs no script.
const STORY = '/stories/luo-shu-kai-men'

let payload: Payload
let coverId: number | undefined
let savedCaption: string | null | undefined
beforeAll(async () => {
  payload = await seededPayload()
  const story = (await payload.find({ collection: 'stories', where: { slug: { equals: 'luo-shu-kai-men' } }, depth: 0, limit: 1, locale: 'zh', overrideAccess: true })).docs[0]
  coverId = typeof story?.cover === 'number' ? story.cover : undefined
  if (coverId) savedCaption = (await payload.findByID({ collection: 'media', id: coverId, locale: 'zh', fallbackLocale: false, overrideAccess: true })).caption
})
afterAll(async () => {
  if (coverId) await payload.update({ collection: 'media', id: coverId, locale: 'zh', data: { caption: savedCaption ?? null }, overrideAccess: true })
})

describe('a story page', () => {
  it('names the people in it as plain text, not as chips that look like buttons (point 9)', async () => {
    const { status, text } = await get(STORY)
    expect(status).toBe(200)
    const people = /<section aria-labelledby="story-people">(.*?)<\/section>/s.exec(text)?.[1]
    expect(people, 'the 故事里的人 section').toBeTruthy()
    expect(people).toContain('<ul class="people">')
    expect(people).not.toContain('badge')
  })

  it('is not a dead end: it leads on to more stories and to the activities (point 9)', async () => {
    const { text } = await get(STORY)
    const onwards = /<nav class="actions" aria-label="接着看">(.*?)<\/nav>/s.exec(text)?.[1]
    expect(onwards, 'the 接着看 links').toBeTruthy()
    expect(onwards).toContain('href="/stories"')
    expect(onwards).toContain('href="/activities"')
    expect(onwards).toContain(`href="${STORY}/next"`)
  })

  it('leads on to the next older published story, the oldest one to the list (point 9)', async () => {
    const published = (
      await payload.find({ collection: 'stories', where: { _status: { equals: 'published' }, publishedAt: { exists: true } }, sort: ['-publishedAt', '-id'], depth: 0, limit: 1000, locale: 'zh', overrideAccess: false })
    ).docs
    expect(published.length).toBeGreaterThan(1)
    for (const [i, story] of published.slice(0, 3).entries()) {
      const res = await get(`/stories/${story.slug}/next`)
      expect(res.status, story.slug ?? '').toBe(307)
      expect(res.headers.get('location')).toBe(`/stories/${published[i + 1]!.slug}`)
    }
    const oldest = published[published.length - 1]!
    expect((await get(`/stories/${oldest.slug}/next`)).headers.get('location')).toBe('/stories')
    expect((await get(`/en/stories/${published[0]!.slug}/next`)).headers.get('location')).toBe(`/en/stories/${published[1]!.slug}`)
    expect((await get('/stories/no-such-story/next')).status).toBe(404)
    // A story's old address leads on from its new one.
    const moved = published[1]!
    const oldSlug = `${moved.slug}-old-${Date.now().toString(36)}`
    await payload.update({ collection: 'stories', id: moved.id, data: { previousSlugs: [...(moved.previousSlugs ?? []), { slug: oldSlug }] }, overrideAccess: true, context: { disableRevalidate: true } })
    const fromOld = await get(`/stories/${oldSlug}/next`)
    expect(fromOld.status).toBe(308)
    expect(fromOld.headers.get('location')).toBe(`/stories/${moved.slug}/next`)
  })

  it('shows its cover as a plain <img> with a srcset of the stored sizes, loading at once (point 15)', async () => {
    const { text } = await get(STORY)
    const cover = /<figure class="cover">\s*<img([^>]*)>/s.exec(text)?.[1]
    expect(cover, 'the cover image').toBeTruthy()
    expect(cover).toMatch(/srcSet="[^"]*\s800w,\s[^"]*\s1280w"/i)
    expect(cover).toMatch(/fetchPriority="high"/i)
    expect(cover).not.toMatch(/loading="lazy"/)
    expect(text).not.toContain('/_next/image')
  })

  it('shows the cover’s caption under it (point 9)', async () => {
    expect(coverId, 'the seeded story has a cover').toBeTypeOf('number')
    const caption = `骆叔在老顽童之家门口 ${Date.now().toString(36)}`
    await payload.update({ collection: 'media', id: coverId!, locale: 'zh', data: { caption }, overrideAccess: true })
    await eventually(async () => expect((await get(STORY)).text).toContain(`<figcaption>${caption}</figcaption>`), 20_000)
  }, 30_000)
})
