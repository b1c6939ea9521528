import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'
import type { SiteServer } from '../helpers/site-server'
import { clientKey, createFixtures, type Fixtures, post, solveProofOfWork, startRecruitmentServer, validForm } from './helpers/fixtures'

let payload: Payload
let server: SiteServer
let fx: Fixtures

beforeAll(async () => {
  payload = await getTestPayload()
  fx = await createFixtures(payload)
  server = await startRecruitmentServer({
    LINLI_RUN_JOBS: 'off',
    RATE_LIMIT_APPLICATIONS_PER_MINUTE: '3',
    RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE: '1',
    RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE: '7',
  })
})

afterAll(async () => {
  await server?.stop()
})

describe('rate limits', () => {
  // The call page's own form keeps what was typed through its server action (tests/browser/form-no-js.test.ts);
  // this plain endpoint answers a refusal with the message and a way back to the form.
  it('applications without the proof of work get the stricter limit, and a friendly 429 page that leads back to the form', async () => {
    const path = `/join/${fx.openCall.slug}/apply`
    expect((await post(server.url, path, validForm(fx), 'html')).status).toBe(303)
    const before = (await payload.count({ collection: 'applications' })).totalDocs
    const limited = await post(server.url, path, validForm(fx, { name: '周晓' }), 'html')
    expect(limited.status).toBe(429)
    expect(limited.text).toContain('提交得太频繁了，请休息一分钟再试')
    expect(limited.text).toContain(`href="/join/${fx.openCall.slug}"`)
    const en = await post(server.url, `/en${path}`, validForm(fx), 'html')
    expect(en.status).toBe(429)
    expect(en.text).toContain('Please wait a minute')
    expect((await payload.count({ collection: 'applications' })).totalDocs).toBe(before)
  })

  it('with the proof of work, a person still gets through; past the limit the JSON answer is 429 with Retry-After', async () => {
    const path = `/join/${fx.openCall.slug}/apply`
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${server.url}${path}`, {
        method: 'POST',
        body: validForm(fx, { idempotencyKey: clientKey(), altcha: await solveProofOfWork(server.url) }),
        headers: { accept: 'application/json' },
      })
      statuses.push(res.status)
      if (res.status === 429) {
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(await res.json()).toMatchObject({ code: 'rateLimited' })
      }
    }
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  it('every attempt counts towards a looser cap, so hammering the form is refused too, whatever address headers the client invents', async () => {
    const res = await post(server.url, `/join/${fx.openCall.slug}/apply`, validForm(fx, { phone: 'bad' }), 'json')
    expect(res.status).toBe(429)
    const forgeries: Record<string, string>[] = [{ 'x-forwarded-for': '203.0.113.7' }, { 'x-linli-client-address': '198.51.100.9' }]
    for (const forged of forgeries) {
      const spoofed = await fetch(`${server.url}/join/${fx.openCall.slug}/apply`, { method: 'POST', body: validForm(fx), headers: { accept: 'application/json', ...forged } })
      expect(spoofed.status).toBe(429)
    }
  })
})
