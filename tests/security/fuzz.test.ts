import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededRandom } from '@/lib/seededRandom'
import { badApplication, nastyString, percentEncode, type FuzzRequest } from '../helpers/fuzz'
import { startReliabilityStack, type ReliabilityStack } from '../helpers/reliability-stack'

const APPLICATION_CASES = Number(process.env.LINLI_FUZZ_CASES ?? 2000)
const SEARCH_CASES = Math.round(APPLICATION_CASES / 2)
const CONCURRENCY = 8

// Its own server with the per-client limits lifted, so thousands of requests reach validation instead of the limiter.
let stack: ReliabilityStack

beforeAll(async () => {
  stack = await startReliabilityStack('fuzz', { LINLI_RUN_JOBS: 'off' })
})

afterAll(async () => {
  await stack?.stop()
})

type Outcome = { index: number; label: string; status: number; body: string }

async function runCases(count: number, send: (index: number) => Promise<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  const deadline = Date.now() + 150_000
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count && Date.now() < deadline) outcomes.push(await send(next++))
    }),
  )
  return outcomes
}

async function post(url: string, req: FuzzRequest, index: number): Promise<Outcome> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { accept: 'application/json', ...(req.contentType ? { 'content-type': req.contentType } : {}) },
    body: typeof req.body === 'string' ? req.body : new Uint8Array(req.body),
  }).catch((error: Error) => ({ status: 0, text: async () => error.message }))
  return { index, label: req.label, status: res.status, body: await res.text() }
}

describe('fuzzing with generated bad inputs', () => {
  it(`the application endpoint answers ${APPLICATION_CASES} bad submissions with a 4xx and a message, never a 500, and stores nothing`, { timeout: 200_000 }, async () => {
    const url = `${stack.server().url}/join/apply`
    const outcomes = await runCases(APPLICATION_CASES, (i) => post(url, badApplication(seededRandom(i + 1)), i))
    expect(outcomes.length).toBe(APPLICATION_CASES)
    const wrong = outcomes.filter((o) => o.status < 400 || o.status >= 500 || o.body.trim() === '')
    expect(wrong.slice(0, 5).map((o) => `#${o.index} ${o.label}: ${o.status} ${o.body.slice(0, 120)}`)).toEqual([])
    const rows = await stack.query<{ n: string }>('select count(*) n from applications')
    expect(Number(rows[0]?.n)).toBe(0)
  })

  it(`search answers ${SEARCH_CASES} bad queries without a server error`, { timeout: 200_000 }, async () => {
    const base = stack.server().url
    const outcomes = await runCases(SEARCH_CASES, async (i) => {
      const rnd = seededRandom(100_000 + i)
      const q = nastyString(rnd)
      const raw = rnd() < 0.2 ? `%${Math.floor(rnd() * 256).toString(16)}%ZZ%C0%AF` : percentEncode(q)
      const path = rnd() < 0.5 ? '/search' : '/en/search'
      const res = await fetch(`${base}${path}?q=${raw}&page=${percentEncode(nastyString(rnd).slice(0, 20))}`).catch((error: Error) => ({ status: 0, text: async () => error.message }))
      return { index: i, label: 'search', status: res.status, body: await res.text() }
    })
    // Node's HTTP parser itself answers an oversized URL with a bare 431: a 4xx, without a body.
    const wrong = outcomes.filter((o) => o.status === 0 || o.status >= 500 || (o.body.trim() === '' && o.status !== 431))
    expect(wrong.slice(0, 5).map((o) => `#${o.index}: ${o.status} ${o.body.slice(0, 120)}`)).toEqual([])
    // The search page must exist: a 404 for every query would pass the check above vacuously.
    expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(SEARCH_CASES / 2)
  })
})
