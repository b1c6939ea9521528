import { beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { seed } from '@/seed'
import { countSignups } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { getTestPayload } from '../helpers/payload'

describe('demo content', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  })

  it('冬至家宴 and 邻里节 take sign-ups, with made-up residents signed up and waiting, once', { timeout: 600_000 }, async () => {
    await seed(payload)
    await seed(payload)
    const find = async (slug: string) => (await payload.find({ collection: 'activities', where: { slug: { equals: slug } }, limit: 1, depth: 0 })).docs[0]!
    const dongzhi = await find('dongzhi-jiayan-2026')
    const linlijie = await find('linlijie-2027')
    expect(dongzhi.signup).toMatchObject({ enabled: true, maxParty: 2, heldForPhone: 30 })
    expect(linlijie.signup?.enabled).toBe(true)
    const pool = databasePool(payload)
    expect(await countSignups(pool, dongzhi.id)).toMatchObject({ confirmed: 6, waitlisted: 0 })
    // 邻里节's tables seat 12 (2 held for phone calls): 10 online persons confirmed, the rest wait.
    const l = await countSignups(pool, linlijie.id)
    expect(l.confirmed).toBe(12)
    expect(l.waitlistedParties).toBeGreaterThan(0)
  })
})
