import type { NextRequest } from 'next/server'

import { ELDER_COOKIE, ELDER_ON, safeReturnPath } from '@/lib/content/mode'

export const dynamic = 'force-dynamic'

const ONE_YEAR = 365 * 24 * 60 * 60

/**
 * `/elder-mode?on=1&next=/stories` turns elder mode (长辈模式) on, `on=0` off, then goes back.
 * A plain link, so it works without JavaScript; the cookie only steers the rewrite in next.config.ts.
 */
export function GET(request: NextRequest): Response {
  const params = request.nextUrl.searchParams
  const on = params.get('on') === '1'
  const secure = (process.env.SITE_URL ?? '').startsWith('https:') ? '; Secure' : ''
  const cookie = on
    ? `${ELDER_COOKIE}=${ELDER_ON}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly${secure}`
    : `${ELDER_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly${secure}`
  return new Response(null, {
    status: 303,
    headers: { location: safeReturnPath(params.get('next')), 'set-cookie': cookie, 'cache-control': 'no-store' },
  })
}
