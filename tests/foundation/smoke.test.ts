import { describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

describe('payload on the test database', () => {
  it('reads the site settings global', async () => {
    const payload = await getTestPayload()
    const settings = await payload.findGlobal({ slug: 'site-settings' })
    expect(settings).toBeTruthy()
  })
})
