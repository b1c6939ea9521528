import http from 'node:http'
import zlib from 'node:zlib'

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

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

/** A GET with exactly the given headers, the body as the server sent it (fetch would decode it). */
export function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${siteUrl()}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

/** The body decoded according to its Content-Encoding (only what the site sends: br, gzip or none). */
export function decodedBody(res: RawAnswer): string {
  const encoding = res.headers['content-encoding']
  if (encoding === 'br') return zlib.brotliDecompressSync(res.body).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(res.body).toString('utf8')
  if (encoding !== undefined) throw new Error(`unexpected Content-Encoding ${encoding}`)
  return res.body.toString('utf8')
}

/** Whether an answer came from a cache: Next's own, or the server's one-second memory in front of it (which does not replay Next's header). */
export const cacheHit = (headers: Headers): boolean => headers.get('x-nextjs-cache') === 'HIT' || headers.get('x-linli-micro-cache') === 'HIT'
