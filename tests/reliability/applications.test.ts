import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startReliabilityStack, type ReliabilityStack } from '../helpers/reliability-stack'
import { concurrencyScenario, crashScenario, databaseFaultScenario } from './scenarios'
import { smtpFaultScenario } from './smtp-fault'

// Reduced sizes; `npm run bench` runs the same scenarios with 2,000 submissions from 50 clients.
let stack: ReliabilityStack

beforeAll(async () => {
  // The job runner stays off so the queued mails can be counted.
  stack = await startReliabilityStack('reliability', { LINLI_RUN_JOBS: 'off' })
})

afterAll(async () => {
  await stack?.stop()
})

describe('applications under load and faults', () => {
  it('200 submissions from 20 clients, half sent twice: exactly 200 stored, one confirmation queued each', { timeout: 120_000 }, async () => {
    const { problems, data } = await concurrencyScenario(stack, { total: 200, concurrency: 20, deadlineMs: 90_000 })
    expect(problems, JSON.stringify(data)).toEqual([])
  })

  it('PostgreSQL restarted (immediate) mid-load: every acknowledged application stored, failures told to retry, health 503 then 200, no restart', { timeout: 150_000 }, async () => {
    const { problems, data } = await databaseFaultScenario(stack, { total: 150, concurrency: 10, deadlineMs: 90_000 })
    expect(problems, JSON.stringify(data)).toEqual([])
  })

  it('server killed with SIGKILL mid-load: no acknowledged application missing after the restart', { timeout: 180_000 }, async () => {
    const { problems, data } = await crashScenario(stack, { total: 150, concurrency: 10, deadlineMs: 120_000 })
    expect(problems, JSON.stringify(data)).toEqual([])
  })
})

describe('mail server fault', () => {
  it('mail server down while applications arrive, back later: every confirmation delivered exactly once', { timeout: 200_000 }, async () => {
    const { problems, data } = await smtpFaultScenario({ total: 60, concurrency: 10, deadlineMs: 60_000 })
    expect(problems, JSON.stringify(data)).toEqual([])
  })
})
