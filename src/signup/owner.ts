import type { Payload } from 'payload'

import type { Activity } from '@/payload-types'
import { databasePool } from './db'
import type { SignupStatus } from './options'

export type OwnedSignup = { id: number; reference: string; token: string; status: SignupStatus; partySize: number; name: string; activity: Activity; position: number | null }

/** The sign-up a private link names, if reference and token match (and it is not anonymised). */
export async function findOwnedSignup(payload: Payload, reference: string, token: string): Promise<OwnedSignup | undefined> {
  if (!/^[A-Z0-9-]{4,20}$/.test(reference) || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined
  const { rows } = await databasePool(payload).query(
    `select s.id, s.reference, s.token, s.status, s.party_size::int as party, s.name, s.activity_id,
       case when s.status = 'waitlisted' then (select count(*)::int from signups w where w.activity_id = s.activity_id and w.status = 'waitlisted' and w.id <= s.id) end as position
     from signups s where s.reference = $1 and s.token = $2 and s.anonymised_at is null`,
    [reference, token],
  )
  const r = rows[0]
  if (!r) return undefined
  const activity = await payload.findByID({ collection: 'activities', id: r.activity_id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!activity) return undefined
  return { id: r.id, reference: r.reference, token: r.token, status: r.status, partySize: r.party, name: r.name, activity, position: r.position }
}
