import { describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { get } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

describe('scheduled publishing', () => {
  it('the served process publishes a scheduled story on time, with nobody acting, and the site shows it', async () => {
    const payload = await getTestPayload()
    const title = `定时发布的故事 ${Date.now()}`
    const story = await payload.create({
      collection: 'stories',
      data: { title, summary: '到点自动上线', _status: 'draft' },
      draft: true,
      context: { disableRevalidate: true },
    })
    expect((await get(`/api/stories/${story.id}`)).status).not.toBe(200)
    expect((await get('/stories')).text).not.toContain(title)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'stories', value: story.id } },
      waitUntil: new Date(Date.now() + 2000),
      queue: 'default',
    })

    const published = await eventually(
      async () => {
        const res = await get(`/api/stories/${story.id}`)
        expect(res.status).toBe(200)
        return JSON.parse(res.text) as { _status: string }
      },
      40_000,
      500,
    )
    expect(published._status).toBe('published')
    await eventually(async () => expect((await get(`/stories/${story.slug}`)).text).toContain(title), 10_000, 500)
    await eventually(async () => expect((await get('/stories')).text).toContain(title), 10_000, 500)
  })
})
