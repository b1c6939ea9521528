import { revalidateTag } from 'next/cache'

import { isCacheTag, isValidRevalidationToken } from '@/lib/content/revalidate'

/** Lets the job runner and scripts refresh this server's page cache (see expireCacheTags). */
export async function POST(request: Request): Promise<Response> {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? null
  if (!isValidRevalidationToken(token)) return Response.json({ error: 'forbidden' }, { status: 403 })
  const body = (await request.json().catch(() => null)) as { tags?: unknown } | null
  const tags = Array.isArray(body?.tags) ? body.tags : []
  if (tags.length === 0 || !tags.every(isCacheTag)) return Response.json({ error: 'unknown tags' }, { status: 400 })
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
