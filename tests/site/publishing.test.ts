import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { get, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

type Doc = { doc: { id: number; slug: string } }

/** Edits go through the server's REST API: only the server process can refresh its own cache. */
describe('publishing refreshes cached pages', () => {
  let payload: Payload
  let auth: string

  beforeAll(async () => {
    payload = await seededPayload()
    auth = await editorAuth(payload)
  })

  it('shows a published story on its page, the list and the home page; edits and unpublishing follow within seconds', async () => {
    // Warm the caches first, so the test proves they are refreshed rather than rendered for the first time.
    await get('/stories')
    await get('/')
    const slug = unique('site-test-story')
    const title = `缓存测试故事 ${slug}`
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title, slug, summary: '测试摘要', _status: 'published' })

    await eventually(async () => {
      expect((await get(`/stories/${slug}`)).text).toContain(title)
      expect((await get('/stories')).text).toContain(title)
      expect((await get('/')).text).toContain(title)
    })

    const edited = `${title}（已修改）`
    await rest('PATCH', `/stories/${doc.id}`, auth, { title: edited })
    await eventually(async () => {
      expect((await get(`/stories/${slug}`)).text).toContain(edited)
      expect((await get('/stories')).text).toContain(edited)
      expect((await get('/')).text).toContain(edited)
    })

    await rest('PATCH', `/stories/${doc.id}`, auth, { _status: 'draft' })
    await eventually(async () => {
      expect((await get(`/stories/${slug}`)).status).toBe(404)
      expect((await get('/stories')).text).not.toContain(edited)
      expect((await get('/')).text).not.toContain(edited)
    })
  })

  it('redirects an old slug permanently to the new one', async () => {
    const slug = unique('old-slug')
    const { doc } = await rest<Doc>('POST', '/cases', auth, { title: `改名测试 ${slug}`, slug, _status: 'published' })
    expect((await get(`/cases/${slug}`)).status).toBe(200)
    const renamed = `${slug}-new`
    await rest('PATCH', `/cases/${doc.id}`, auth, { slug: renamed })
    await eventually(async () => {
      const res = await get(`/cases/${slug}`)
      expect(res.status).toBe(308)
      expect(res.headers.get('location')).toMatch(new RegExp(`/cases/${renamed}$`))
      const en = await get(`/en/cases/${slug}`)
      expect(en.status).toBe(308)
      expect(en.headers.get('location')).toMatch(new RegExp(`/en/cases/${renamed}$`))
    })
    expect((await get(`/cases/${renamed}`)).status).toBe(200)
  })

  it('moves a deleted activity out of the lists and the calendar', async () => {
    const slug = unique('site-test-activity')
    const title = `删除测试活动 ${slug}`
    const start = new Date(Date.now() + 3 * 86_400_000)
    const { doc } = await rest<Doc>('POST', '/activities', auth, {
      title,
      slug,
      kind: 'tea-service',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      _status: 'published',
    })
    await eventually(async () => {
      expect((await get('/activities')).text).toContain(title)
      expect((await get('/calendar.ics')).text).toContain(slug)
    })
    await rest('DELETE', `/activities/${doc.id}`, auth)
    await eventually(async () => {
      expect((await get('/activities')).text).not.toContain(title)
      expect((await get('/calendar.ics')).text).not.toContain(slug)
      expect((await get(`/activities/${slug}`)).status).toBe(404)
    })
  })
})
