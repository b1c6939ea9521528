import { revalidateTag } from 'next/cache'
import type { Pool } from 'pg'

import { documentTag } from '@/lib/content/tags'

type Of = { slug: string } | { signupId: number } | { reference: string }

async function activitySlug(pool: Pool, of: Exclude<Of, { slug: string }>): Promise<string | null | undefined> {
  const [column, value] = 'signupId' in of ? ['s.id', of.signupId] : ['s.reference', of.reference]
  return (await pool.query<{ slug: string | null }>(`select a.slug from signups s join activities a on a.id = s.activity_id where ${column} = $1`, [value])).rows[0]?.slug
}

/**
 * The activity page shows how many places are left. After any change to who has a place (a sign-up,
 * a cancellation by the private link or by staff, a phone sign-up, someone moved up) its cache tag
 * expires, so the next visitor sees the new count rather than one up to 5 minutes old.
 */
export async function refreshActivityPage(pool: Pool, of: Of): Promise<void> {
  const slug = 'slug' in of ? of.slug : await activitySlug(pool, of)
  if (!slug) return
  try {
    revalidateTag(documentTag('activities', slug), { expire: 0 })
  } catch {
    // outside a request scope (commands called from tests or jobs): the page refreshes on its own within 5 minutes
  }
}
