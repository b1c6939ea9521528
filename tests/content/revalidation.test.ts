import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { revalidationToken } from '@/lib/content/revalidate'
import { eventually } from '../helpers/eventually'
import { get } from '../helpers/http'
import { getTestPayload, siteUrl } from '../helpers/payload'

describe('cache revalidation', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('refuses revalidation requests without the token or with unknown tags', async () => {
    const post = (auth: string, tags: unknown) =>
      fetch(`${siteUrl()}/api/revalidate`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ tags }) })
    expect((await post('Bearer nope', ['stories'])).status).toBe(403)
    expect((await post(`Bearer ${revalidationToken()}`, ['everything'])).status).toBe(400)
    expect((await post(`Bearer ${revalidationToken()}`, ['stories'])).status).toBe(204)
  })

  it('an edit made outside any request (job runner, script) still refreshes the cached home page', async () => {
    await get('/')
    const cached = await get('/')
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    const original = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false })
    const teamName = `缓存刷新测试队 ${Date.now()}`
    try {
      await payload.updateGlobal({ slug: 'site-settings', data: { teamName } })
      const started = Date.now()
      await eventually(async () => expect((await get('/')).text).toContain(teamName))
      expect(Date.now() - started).toBeLessThan(10_000)
    } finally {
      await payload.updateGlobal({ slug: 'site-settings', data: { teamName: original.teamName ?? null } })
    }
  })
})
