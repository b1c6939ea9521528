import { draftMode } from 'next/headers'
import type { NextRequest } from 'next/server'

import { isTeamUser } from '@/access/roles'
import { safeReturnPath } from '@/lib/content/mode'
import { documentPath, isLocale, type RoutedCollection } from '@/lib/content/paths'
import { getPayloadClient } from '@/lib/content/payload'

export const dynamic = 'force-dynamic'

const previewable: RoutedCollection[] = ['stories', 'activities', 'recruitment-calls', 'cases']

const redirect = (location: string) => new Response(null, { status: 307, headers: { location, 'cache-control': 'no-store' } })

/**
 * `/preview?collection=&slug=&locale=` (the admin's preview and live-preview URL): a signed-in team member gets
 * draft mode and is sent to the page, which then shows drafts. `/preview?exit=1&next=/path` leaves draft mode.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams
  const draft = await draftMode()
  if (params.get('exit') === '1') {
    draft.disable()
    return redirect(safeReturnPath(params.get('next')))
  }
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || !isTeamUser(user)) {
    return new Response('请先登录后台再预览 / Sign in to the admin to preview', { status: 401, headers: { 'cache-control': 'no-store' } })
  }
  const collection = params.get('collection') as RoutedCollection
  const slug = params.get('slug') ?? ''
  if (!previewable.includes(collection) || !slug) {
    return new Response('Bad preview request', { status: 400, headers: { 'cache-control': 'no-store' } })
  }
  const locale = params.get('locale')
  draft.enable()
  return redirect(documentPath(collection, slug, isLocale(locale) ? locale : 'zh'))
}
