import { siteUrl } from './payload'

export type Fetched = { status: number; headers: Headers; text: string }

/** GET a path of the test site without following redirects. */
export async function get(path: string, init: { cookie?: string; headers?: Record<string, string> } = {}): Promise<Fetched> {
  const res = await fetch(`${siteUrl()}${path}`, {
    redirect: 'manual',
    headers: { ...(init.cookie ? { cookie: init.cookie } : {}), ...init.headers },
  })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

/** A call to the test site's REST API (`/api…`) that throws unless it succeeds. */
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
