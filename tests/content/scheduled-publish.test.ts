import { describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await check()
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`not true within ${timeoutMs} ms`)
}

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
    expect((await fetch(`${siteUrl()}/api/stories/${story.id}`)).status).not.toBe(200)
    const listBefore = await (await fetch(`${siteUrl()}/stories`)).text()
    expect(listBefore).not.toContain(title)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'stories', value: story.id } },
      waitUntil: new Date(Date.now() + 2000),
      queue: 'default',
    })

    const published = await eventually(async () => {
      const res = await fetch(`${siteUrl()}/api/stories/${story.id}`)
      return res.status === 200 ? ((await res.json()) as { _status: string }) : undefined
    }, 40_000)
    expect(published._status).toBe('published')
    const page = await eventually(async () => {
      const html = await (await fetch(`${siteUrl()}/stories/${story.slug}`)).text()
      return html.includes(title) ? html : undefined
    }, 10_000)
    expect(page).toContain(title)
    await eventually(async () => ((await (await fetch(`${siteUrl()}/stories`)).text()).includes(title) ? true : undefined), 10_000)
  })
})
