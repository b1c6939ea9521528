import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { revalidationToken } from '@/lib/content/revalidate'
import { getTestPayload, siteUrl } from '../helpers/payload'

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`not true within ${timeoutMs} ms`)
}

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
    const home = () => fetch(`${siteUrl()}/`).then((r) => r.text())
    await home()
    const cached = await fetch(`${siteUrl()}/`)
    expect(cached.headers.get('x-nextjs-cache')).toBe('HIT')
    const teamName = `缓存刷新测试队 ${Date.now()}`
    await payload.updateGlobal({ slug: 'site-settings', data: { teamName } })
    const waited = await eventually(async () => (await home()).includes(teamName))
    expect(waited).toBeLessThan(10_000)
  })
})
