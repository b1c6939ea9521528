import { round } from './lib/load'
import type { BenchOutcome } from './lib/results'
import { ADMIN, type Stack } from './lib/stack'

const TARGET_MS = 2000
const GIVE_UP_MS = 15_000
const ROUNDS = 3

export async function adminToken(siteUrl: string): Promise<string> {
  const login = () => fetch(`${siteUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  // One retry: a kept-alive connection the server closed while a long bench step ran fails once.
  const res = await login().catch(login)
  if (!res.ok) throw new Error(`admin login failed: ${res.status} ${await res.text()}`)
  return `JWT ${((await res.json()) as { token: string }).token}`
}

/** Polls a page (bounded: every 25 ms, at most GIVE_UP_MS) until its HTML contains `marker`; ms since `since`, or null. */
async function waitForText(url: string, marker: string, since: number): Promise<number | null> {
  while (performance.now() - since < GIVE_UP_MS) {
    const html = await fetch(url).then((r) => r.text(), () => '')
    if (html.includes(marker)) return Math.round(performance.now() - since)
    await new Promise((r) => setTimeout(r, 25))
  }
  return null
}

async function pageServes(url: string): Promise<boolean> {
  return fetch(url).then(async (r) => (await r.arrayBuffer(), r.status === 200), () => false)
}

/** Publishes an edit to the newest story over the REST API (as an editor in the admin does) and times until each page shows it. */
export async function benchFreshness(stack: Stack): Promise<BenchOutcome> {
  const site = stack.server.url
  const auth = await adminToken(site)
  const latest = (await (await fetch(`${site}/api/stories?limit=1&depth=0&sort=-publishedAt&where[_status][equals]=published`, { headers: { authorization: auth } })).json()) as {
    docs: Array<{ id: number; slug: string; title: string }>
  }
  const story = latest.docs[0]
  if (!story) return { data: {}, summary: ['No published story to edit.'], failures: ['freshness: no published story'] }
  const pages = { detail: `/stories/${encodeURIComponent(story.slug)}`, list: '/stories', home: '/' }
  const served = Object.fromEntries(await Promise.all(Object.entries(pages).map(async ([k, p]) => [k, await pageServes(`${site}${p}`)] as const)))
  const measured = Object.entries(pages).filter(([k]) => served[k])
  const missing = Object.entries(pages).filter(([k]) => !served[k]).map(([k, p]) => `${k} (${p})`)

  const rounds: Array<Record<string, number | null>> = []
  for (let i = 0; i < ROUNDS; i++) {
    // Warm every page so the edit has to replace a cached copy.
    for (const [, p] of measured) await fetch(`${site}${p}`).then((r) => r.arrayBuffer())
    const marker = `鲜${Date.now().toString(36)}${i}`
    const started = performance.now()
    const res = await fetch(`${site}/api/stories/${story.id}?locale=zh`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: auth },
      body: JSON.stringify({ title: `${story.title.slice(0, 60)} ${marker}`, _status: 'published' }),
    })
    if (!res.ok) throw new Error(`publishing the edit failed: ${res.status} ${await res.text()}`)
    const saveMs = Math.round(performance.now() - started)
    const times = await Promise.all(measured.map(async ([k, p]) => [k, await waitForText(`${site}${p}`, marker, started)] as const))
    rounds.push({ save: saveMs, ...Object.fromEntries(times) })
  }
  const worst: Record<string, number | null> = {}
  for (const [k] of measured) worst[k] = rounds.some((r) => r[k] === null) ? null : Math.max(...rounds.map((r) => r[k] as number))
  const failures = [
    ...missing.map((m) => `page not served: ${m}`),
    ...Object.entries(worst)
      .filter(([, ms]) => ms === null || ms > TARGET_MS)
      .map(([k, ms]) => `${k}: ${ms === null ? `not fresh after ${GIVE_UP_MS} ms` : `${ms} ms`} (target < ${TARGET_MS} ms)`),
  ]
  return {
    data: { story: story.slug, pages, rounds, worstMs: worst, targetMs: TARGET_MS, missing },
    summary: [
      `Publish an edit to a story → new text served (worst of ${ROUNDS}, save itself ${round(Math.max(...rounds.map((r) => r.save as number)), 0)} ms): ` +
        Object.entries(worst)
          .map(([k, ms]) => `${k} ${ms ?? '>' + GIVE_UP_MS} ms`)
          .join(', ') +
        ` (target < ${TARGET_MS} ms).`,
      ...(missing.length ? [`Not measured (not served yet): ${missing.join(', ')}`] : []),
    ],
    failures,
  }
}
