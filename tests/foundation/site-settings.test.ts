import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTeamUsers, loginOverHttp, type TeamUsers } from '../helpers/users'

type Actor = 'anonymous' | 'contributor' | 'editor' | 'admin'
const actors: Actor[] = ['anonymous', 'contributor', 'editor', 'admin']
const canWrite: Record<Actor, boolean> = { anonymous: false, contributor: false, editor: true, admin: true }

let payload: Payload
let team: TeamUsers
let original: { openingHours?: string | null; contactPhone?: string | null }
beforeAll(async () => {
  payload = await getTestPayload()
  team = await createTeamUsers(payload)
  original = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false })
})
// Other suites read the same settings: leave them as they were.
afterAll(async () => {
  await payload.updateGlobal({ slug: 'site-settings', data: { openingHours: original.openingHours ?? null, contactPhone: original.contactPhone ?? null } })
})

describe('site-settings', () => {
  it.each(actors)('%s reads it through the Local API', async (actor) => {
    const settings = await payload.findGlobal({ slug: 'site-settings', user: actor === 'anonymous' ? undefined : team[actor], overrideAccess: false })
    expect(settings).toBeTypeOf('object')
  })

  it.each(actors)('%s may write it only when staff (Local API)', async (actor) => {
    const attempt = payload.updateGlobal({
      slug: 'site-settings',
      data: { openingHours: `每天 9:00–17:00 (${actor})` },
      user: actor === 'anonymous' ? undefined : team[actor],
      overrideAccess: false,
    })
    if (canWrite[actor]) await expect(attempt).resolves.toMatchObject({ openingHours: `每天 9:00–17:00 (${actor})` })
    else await expect(attempt).rejects.toMatchObject({ status: 403 })
  })

  it('anonymous reads it over REST and GraphQL', async () => {
    const rest = await fetch(`${siteUrl()}/api/globals/site-settings`)
    expect(rest.status).toBe(200)
    const gql = await fetch(`${siteUrl()}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ SiteSetting { openingHours } }' }),
    })
    expect(((await gql.json()) as { data: { SiteSetting: unknown } }).data.SiteSetting).toBeTruthy()
  })

  it.each(actors)('%s may write it over REST only when staff', async (actor) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (actor !== 'anonymous') headers.authorization = await loginOverHttp(siteUrl(), team[actor])
    const res = await fetch(`${siteUrl()}/api/globals/site-settings`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ contactPhone: `028-${actor.length}` }),
    })
    expect(res.status === 200).toBe(canWrite[actor])
  })
})
