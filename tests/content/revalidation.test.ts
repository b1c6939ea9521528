import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { revalidationToken } from '@/lib/content/revalidate'
import { seed } from '@/seed'
import { eventually } from '../helpers/eventually'
import { get, rest } from '../helpers/http'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { editorAuth } from '../helpers/users'

type Doc = { doc: { id: number; slug: string } }

/** A cookie keeps requests past the server's one-second memory, so `x-nextjs-cache` is Next's own answer about its cache. */
const pastMemory = (path: string) => get(path, { cookie: 'visitor=1' })
const cacheState = async (path: string) => (await pastMemory(path)).headers.get('x-nextjs-cache')
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
/** Next.js expires tags a moment after the write's answer (its pending revalidations run after the response). */
const settle = () => new Promise((r) => setTimeout(r, 1500))

/** Pages read twice: the second answer comes from Next's cache. */
async function warm(paths: string[]): Promise<void> {
  for (const path of paths) {
    await pastMemory(path)
    await eventually(async () => expect(await cacheState(path)).toBe('HIT'))
  }
}

describe('cache revalidation', () => {
  let payload: Payload
  let auth: string
  beforeAll(async () => {
    payload = await getTestPayload()
    await seed(payload)
    auth = await editorAuth(payload)
  })

  const publishStory = async (label: string) => {
    const slug = unique('revalidation-story')
    const title = `${label} ${slug}`
    const { doc } = await rest<Doc>('POST', '/stories', auth, { title, slug, summary: '缓存测试', _status: 'published' })
    await eventually(async () => expect((await pastMemory(`/stories/${slug}`)).text).toContain(title))
    return { id: doc.id, slug, title }
  }

  it('refuses revalidation requests without the token or with unknown tags', async () => {
    const post = (auth: string, tags: unknown) =>
      fetch(`${siteUrl()}/api/revalidate`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ tags }) })
    expect((await post('Bearer nope', ['stories'])).status).toBe(403)
    expect((await post(`Bearer ${revalidationToken()}`, ['everything'])).status).toBe(400)
    expect((await post(`Bearer ${revalidationToken()}`, ['stories/../admin'])).status).toBe(400)
    expect((await post(`Bearer ${revalidationToken()}`, ['users/x'])).status).toBe(400)
    expect((await post(`Bearer ${revalidationToken()}`, ['stories'])).status).toBe(204)
    expect((await post(`Bearer ${revalidationToken()}`, ['stories/luo-shu-kai-men', 'site-settings'])).status).toBe(204)
  })

  it('an edit made outside any request (job runner, script) still refreshes the cached home page', async () => {
    await warm(['/'])
    const original = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false })
    const teamName = `缓存刷新测试队 ${Date.now()}`
    try {
      await payload.updateGlobal({ slug: 'site-settings', data: { teamName } })
      await eventually(async () => expect((await get('/')).text).toContain(teamName))
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { teamName: original.teamName ?? null } })
    }
  })

  it('autosaving a draft expires nothing public', async () => {
    const story = await publishStory('自动保存测试')
    const pages = [`/stories/${story.slug}`, '/stories', '/', '/feed.xml']
    await warm(pages)
    // What the admin sends while someone types: a draft save with autosave, every 1.5 s.
    for (let i = 1; i <= 3; i++) {
      const res = await fetch(`${siteUrl()}/api/stories/${story.id}?draft=true&autosave=true&locale=zh`, {
        method: 'PATCH',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `${story.title}（草稿 ${i}）`, _status: 'draft' }),
      })
      expect(res.status, await res.text()).toBe(200)
    }
    await settle()
    for (const path of pages) {
      const res = await pastMemory(path)
      // STALE is the clock's own refresh (pages with upcoming activities renew every five minutes); an expired page answers MISS.
      expect(['HIT', 'STALE'], path).toContain(res.headers.get('x-nextjs-cache'))
      expect(res.text, path).not.toContain('（草稿')
    }
  })

  it('publishing one story refreshes its page, the lists, home and feeds, and leaves another story’s page cached', async () => {
    const [one, other] = [await publishStory('发布甲'), await publishStory('发布乙')]
    await warm([`/stories/${one.slug}`, `/stories/${other.slug}`, '/stories', '/', '/feed.xml'])
    const edited = `${one.title}（已修改）`
    await rest('PATCH', `/stories/${one.id}`, auth, { title: edited })
    await eventually(async () => {
      for (const path of [`/stories/${one.slug}`, '/stories', '/', '/feed.xml']) expect((await pastMemory(path)).text, path).toContain(edited)
    })
    expect(await cacheState(`/stories/${other.slug}`)).toBe('HIT')
  })

  it('refreshes the page of an activity that links to a story when that story is published again', async () => {
    const story = await publishStory('回顾故事')
    const slug = unique('linked-activity')
    const starts = new Date(Date.now() - 3 * 86_400_000)
    await rest('POST', '/activities', auth, {
      title: `关联活动 ${slug}`,
      slug,
      kind: 'tea-service',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 7_200_000).toISOString(),
      reportStory: story.id,
      _status: 'published',
    })
    await eventually(async () => expect((await pastMemory(`/activities/${slug}`)).text).toContain(story.title))
    await warm([`/activities/${slug}`])
    const edited = `${story.title}（新标题）`
    await rest('PATCH', `/stories/${story.id}`, auth, { title: edited })
    await eventually(async () => expect((await pastMemory(`/activities/${slug}`)).text).toContain(edited))
  })

  it('a page cached as not found shows the document once it is published', async () => {
    const slug = unique('later')
    expect((await pastMemory(`/cases/${slug}`)).status).toBe(404)
    expect((await pastMemory(`/cases/${slug}`)).status).toBe(404)
    await rest('POST', '/cases', auth, { title: `后来发布 ${slug}`, slug, _status: 'published' })
    await eventually(async () => expect((await pastMemory(`/cases/${slug}`)).status).toBe(200))
  })
})
