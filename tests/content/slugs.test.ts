import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '@/lib/slug/slugify'
import { getTestPayload } from '../helpers/payload'

describe('slugify', () => {
  it.each([
    ['冬至家宴', 'dongzhi-jiayan'],
    ['重阳慰问', 'chongyang-weiwen'],
    ['长辈模式', 'zhangbei-moshi'],
    ['健康讲座：冬季防跌倒', 'jiankang-jiangzuo-dongji-fang-diedao'],
    ['Neighbourhood Festival 2027', 'neighbourhood-festival-2027'],
    ['  ', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps slugs short and clean', () => {
    const slug = slugify('老顽童之家'.repeat(30))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})

describe('slugs on documents', () => {
  let payload: Payload
  const ctx = { context: { disableRevalidate: true } }
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('generates readable pinyin from a Chinese title and keeps it unique per collection', async () => {
    const title = `冬至家宴 ${Date.now()}`
    const first = await payload.create({ collection: 'stories', data: { title }, ...ctx })
    const second = await payload.create({ collection: 'stories', data: { title }, ...ctx })
    expect(first.slug).toMatch(/^dongzhi-jiayan-\d+$/)
    expect(second.slug).toBe(`${first.slug}-2`)
    const activity = await payload.create({
      collection: 'activities',
      data: { title, kind: 'festival', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 36e5).toISOString() },
      ...ctx,
    })
    expect(activity.slug).toBe(first.slug)
  })

  it('lets an editor set a slug, refuses one already taken, and remembers the old one', async () => {
    const story = await payload.create({ collection: 'stories', data: { title: '骆叔开门', slug: `luo-shu-${Date.now()}` }, ...ctx })
    const other = await payload.create({ collection: 'stories', data: { title: '另一个故事' }, ...ctx })
    await expect(payload.update({ collection: 'stories', id: other.id, data: { slug: story.slug }, ...ctx })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
    const renamed = await payload.update({ collection: 'stories', id: story.id, data: { slug: 'Luo Shu Opens Up' }, ...ctx })
    expect(renamed.slug).toBe('luo-shu-opens-up')
    expect(renamed.previousSlugs?.map((p) => p.slug)).toEqual([story.slug])
    await expect(payload.update({ collection: 'stories', id: other.id, data: { slug: story.slug }, ...ctx })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
  })

  it('keeps a published slug when the title changes, and lets an unpublished generated one follow the title', async () => {
    const published = await payload.create({ collection: 'stories', data: { title: '唐婆婆的雨天', _status: 'published' }, ...ctx })
    const renamed = await payload.update({ collection: 'stories', id: published.id, data: { title: '唐婆婆的雨天（修订）' }, ...ctx })
    expect(renamed.slug).toBe(published.slug)
    const draft = await payload.create({ collection: 'stories', data: { title: '唐婆婆的晴天' }, ...ctx })
    const retitled = await payload.update({ collection: 'stories', id: draft.id, data: { title: '唐婆婆的晴天（修订）' }, ...ctx })
    expect(retitled.slug).not.toBe(draft.slug)
    expect(retitled.slug).toMatch(/^tang-popo-de-qingtian-xiuding/)
  })
})
