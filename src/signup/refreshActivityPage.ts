import { revalidateTag } from 'next/cache'
import type { Pool } from 'pg'

import { documentTag } from '@/lib/content/tags'

type Of = { activityId: number } | { signupId: number } | { reference: string }

/**
 * The activity page shows how many places are left. After any change to who has a place (a sign-up,
 * a cancellation by the private link or by staff, a phone sign-up, someone moved up) its cache tag
 * expires, so the next visitor sees the new count rather than one up to 5 minutes old.
 */
export async function refreshActivityPage(pool: Pool, of: Of): Promise<void> {
  const { rows } =
    'activityId' in of
      ? await pool.query<{ slug: string | null }>('select slug from activities where id = $1', [of.activityId])
      : await pool.query<{ slug: string | null }>(
          `select a.slug from signups s join activities a on a.id = s.activity_id where ${'signupId' in of ? 's.id' : 's.reference'} = $1`,
          ['signupId' in of ? of.signupId : of.reference],
        )
  const slug = rows[0]?.slug
  if (!slug) return
  try {
    revalidateTag(documentTag('activities', slug), { expire: 0 })
  } catch {
    // outside a request scope (commands called from tests or jobs): the page refreshes on its own within 5 minutes
  }
}
