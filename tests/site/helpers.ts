import type { Payload } from 'payload'

import { seed } from '@/seed'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { createTestUser, loginOverHttp } from '../helpers/users'

export type Fetched = { status: number; headers: Headers; text: string }

/** GET a site path without following redirects. */
export async function get(path: string, init: { cookie?: string; headers?: Record<string, string> } = {}): Promise<Fetched> {
  const res = await fetch(`${siteUrl()}${path}`, {
    redirect: 'manual',
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
  })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** Polls until `check` passes (cache refresh happens in the server a moment after the write). */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((r) => setTimeout(r, 250))
    }
  }
}

export const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]

export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
}

let seeded: Promise<Payload> | undefined
/** The demo content, seeded once per file (the seed is idempotent, so files may share a database). */
export function seededPayload(): Promise<Payload> {
  seeded ??= getTestPayload().then(async (payload) => {
    await seed(payload)
    return payload
  })
  return seeded
}

/** An editor signed in over HTTP: writes through the server's REST API, so its cache is refreshed. */
export async function editorAuth(payload: Payload): Promise<string> {
  const editor = await createTestUser(payload, 'editor', 'site-editor')
  return loginOverHttp(siteUrl(), editor)
}

export async function rest<T = Record<string, unknown>>(method: string, path: string, auth: string, body?: unknown): Promise<T> {
  const res = await fetch(`${siteUrl()}/api${path}`, {
    method,
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json()) as T
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
