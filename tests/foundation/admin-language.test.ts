import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'

describe('admin language', () => {
  it('speaks Chinese by default', async () => {
    const html = await (await fetch(`${siteUrl()}/admin/login`)).text()
    expect(html).toMatch(/<html[^>]*lang="zh"/)
    expect(html).toContain('登录')
  })

  it('speaks English to a browser that asks for it', async () => {
    const html = await (await fetch(`${siteUrl()}/admin/login`, { headers: { 'accept-language': 'en-US,en;q=0.9' } })).text()
    expect(html).toMatch(/<html[^>]*lang="en"/)
  })
})
