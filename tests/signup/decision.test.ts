import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { beforeAll, describe, expect, it } from 'vitest'

import { cancelSignup, countSignups, placesLeft, signUp } from '@/signup/commands'
import { databasePool, earlyReleasePool } from '@/signup/db'
import { getTestPayload } from '../helpers/payload'
import { createSignupActivity, randomPhone } from './fixtures'

let payload: Payload
let pool: Pool

beforeAll(async () => {
  payload = await getTestPayload()
  pool = databasePool(payload)
})

/** A small seeded generator, so a failing scenario can be run again by its seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1
  const next = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4_294_967_296
  }
  return { int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), chance: (p: number) => next() < p }
}

/** What the rules say a party gets, computed with `placesLeft` from what is stored right now. */
async function expectedStatus(activity: { id: number; capacity: number | null; heldForPhone: number; maxParty: number }, source: 'online' | 'phone', party: number) {
  if (party < 1 || party > activity.maxParty) return 'tooLarge'
  const counts = await countSignups(pool, activity.id)
  const { rows } = await pool.query<{ smallest: number | null }>("select min(party_size)::int as smallest from signups where activity_id = $1 and status = 'waitlisted'", [activity.id])
  const left = placesLeft(activity, counts, source)
  const queueAhead = source === 'online' && rows[0]!.smallest !== null && rows[0]!.smallest <= left
  return !queueAhead && left >= party ? 'confirmed' : 'waitlisted'
}

describe('the sign-up decision, made in SQL under the lock', () => {
  it('agrees with placesLeft and the waiting-list rules over 40 random activities (held-back places, no limit, cancellations)', async () => {
    const seed = Number(process.env.LINLI_DECISION_SEED ?? Date.now() % 1_000_000)
    const random = generator(seed)
    let decisions = 0
    const kinds: Record<string, number> = {}
    for (let scenario = 0; scenario < 40; scenario++) {
      const capacity = random.chance(0.1) ? null : random.int(1, 12)
      const heldForPhone = random.int(0, 5)
      const maxParty = random.int(1, 3)
      const doc = await createSignupActivity(payload, { capacity, signup: { maxParty, heldForPhone } })
      const activity = { id: doc.id, capacity, heldForPhone, maxParty }
      const stored: number[] = []
      for (let step = 0; step < 10; step++) {
        if (stored.length && random.chance(0.15)) {
          // A cancellation may move waiting parties up: the next decision must see them.
          await cancelSignup(pool, { id: stored.splice(random.int(0, stored.length - 1), 1)[0]! }, { moveUpCutoffHours: 24 })
          continue
        }
        const source = random.chance(0.3) ? 'phone' : 'online'
        const party = random.int(0, maxParty + 1)
        const expected = await expectedStatus(activity, source, party)
        const outcome = await signUp(pool, { activityId: activity.id, name: '王阿姨', phone: randomPhone(), partySize: party, source })
        expect(outcome.kind, `seed ${seed}, scenario ${scenario}, step ${step}: ${source} party of ${party} (capacity ${capacity}, held ${heldForPhone}, largest ${maxParty})`).toBe(expected)
        if (outcome.kind === 'confirmed' || outcome.kind === 'waitlisted') stored.push(outcome.id)
        kinds[outcome.kind] = (kinds[outcome.kind] ?? 0) + 1
        decisions++
      }
    }
    // Every kind of answer was exercised, or the comparison proved little.
    expect(Object.keys(kinds).sort(), JSON.stringify(kinds)).toEqual(['confirmed', 'tooLarge', 'waitlisted'])
    expect(decisions).toBeGreaterThan(250)
  }, 180_000)

  it('holds the lock through a commit that does not wait for the disk; the main pool still waits for it', async () => {
    const setting = async (p: Pool) => (await p.query<{ synchronous_commit: string }>('show synchronous_commit')).rows[0]!.synchronous_commit
    expect(await setting(earlyReleasePool(pool))).toBe('off')
    expect(earlyReleasePool(pool)).toBe(earlyReleasePool(pool))
    // The test cluster runs without durability; what matters is that only the sign-up's own sessions differ from the main pool.
    const main = await setting(pool)
    const { rows } = await pool.query<{ setting: string }>("select reset_val as setting from pg_settings where name = 'synchronous_commit'")
    expect(main).toBe(rows[0]!.setting)
  })

  it('answers a repeated key with the first sign-up, and the same phone with the sign-up it has, before anything else', async () => {
    const doc = await createSignupActivity(payload, { capacity: 1 })
    const phone = randomPhone()
    const first = await signUp(pool, { activityId: doc.id, name: '李大爷', phone, partySize: 1, idempotencyKey: 'decision-key-1' })
    expect(first.kind).toBe('confirmed')
    const repeat = await signUp(pool, { activityId: doc.id, name: '李大爷', phone, partySize: 1, idempotencyKey: 'decision-key-1' })
    expect(repeat).toMatchObject({ kind: 'confirmed', repeat: true, reference: (first as { reference: string }).reference })
    const samePhone = await signUp(pool, { activityId: doc.id, name: '李大爷', phone, partySize: 2, idempotencyKey: 'decision-key-2' })
    expect(samePhone).toMatchObject({ kind: 'already', reference: (first as { reference: string }).reference, partySize: 1 })
    expect(await signUp(pool, { activityId: 2_000_000_000, name: '李大爷', phone, partySize: 1 })).toEqual({ kind: 'notFound' })
  })
})
