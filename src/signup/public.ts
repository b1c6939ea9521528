import type { Payload } from 'payload'

import type { Activity } from '@/payload-types'
import { countSignups, placesLeft } from './commands'
import { databasePool } from './db'

export type SignupState =
  | { kind: 'none' }
  | { kind: 'cancelled' }
  | { kind: 'closed'; deadline: string }
  | { kind: 'open' | 'full'; deadline: string; placesLeft: number | null; maxParty: number; questions: string[] }

/** What the activity page shows on its first screen. On a cached page it may lag a few seconds; the answer to a submission is what counts. */
export async function signupState(payload: Payload, activity: Activity, now = Date.now()): Promise<SignupState> {
  const s = activity.signup
  if (!s?.enabled) return { kind: 'none' }
  if (s.cancelled) return { kind: 'cancelled' }
  const deadline = s.deadline || activity.startsAt
  if (now > Date.parse(deadline)) return { kind: 'closed', deadline }
  const maxParty = Math.max(1, s.maxParty ?? 2)
  const questions = (s.questions ?? []) as string[]
  if (activity.capacity == null) return { kind: 'open', deadline, placesLeft: null, maxParty, questions }
  const counts = await countSignups(databasePool(payload), activity.id)
  const left = placesLeft({ capacity: activity.capacity, heldForPhone: s.heldForPhone ?? 0 }, counts, 'online')
  return { kind: left > 0 && !(counts.waitlistedParties > 0 && left < 1) ? 'open' : 'full', deadline, placesLeft: left, maxParty, questions }
}
