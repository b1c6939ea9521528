import { revalidateTag } from 'next/cache'
import type { Endpoint } from 'payload'

import { announceExpiredPages } from '@/lib/cache/invalidation'
import { isValidRevalidationToken } from '@/lib/content/revalidate'
import { isCacheTag } from '@/lib/content/tags'

/** `POST /api/revalidate`: lets the job runner and scripts refresh this server's page cache (see expireCacheTags). */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const token = req.headers.get('authorization')?.replace(/^Bearer /, '') ?? null
    if (!isValidRevalidationToken(token)) return Response.json({ error: 'forbidden' }, { status: 403 })
    const body = (await req.json?.().catch(() => null)) as { tags?: unknown } | null
    const tags = Array.isArray(body?.tags) ? body.tags : []
    if (tags.length === 0 || tags.length > 100 || !tags.every(isCacheTag)) return Response.json({ error: 'unknown tags' }, { status: 400 })
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
    announceExpiredPages(tags)
    return new Response(null, { status: 204 })
  },
}
