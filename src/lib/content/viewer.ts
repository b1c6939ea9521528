import { draftMode, headers } from 'next/headers'
import type { TypedUser } from 'payload'
import { cache } from 'react'

import { isTeamUser } from '@/access/roles'
import { getPayloadClient } from './payload'

/** Who is looking: the public (published content, cached) or a signed-in team member previewing drafts. */
export type Viewer = { preview: false } | { preview: true; user: TypedUser }

const PUBLIC: Viewer = { preview: false }

/**
 * Headers are read only once draft mode is on, which only the /preview route turns on for a team user:
 * a normal visit never touches headers and stays static.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const { isEnabled } = await draftMode()
  if (!isEnabled) return PUBLIC
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  return user && isTeamUser(user) ? { preview: true, user } : PUBLIC
})
