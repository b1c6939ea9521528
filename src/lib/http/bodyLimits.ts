import type http from 'node:http'

import { pathnameOf } from './pathname'

const KB = 1024
const MB = 1024 * KB

/** The largest file an upload may carry: payload.config.ts passes it to Payload (`upload.limits.fileSize`). */
export const UPLOAD_MAX_FILE_BYTES = 20 * MB
/** Collections that take uploads (`upload` in their config); tests/security/body-limits.test.ts checks the list against payload.config. */
export const UPLOAD_COLLECTIONS = ['media']

/**
 * How large a request body each route may send, first match wins. Sign-in and account forms are a few
 * fields; the public site's forms (applications, the elder-mode switch) a few more; the admin and the
 * content API carry whole documents with rich text; an upload carries its file plus the form around it.
 */
export const BODY_LIMITS: { name: string; path: RegExp; bytes: number }[] = [
  { name: 'sign-in', path: /^\/api\/users\/(login|logout|refresh-token|forgot-password|reset-password|unlock|first-register|verify)(\/|$)/, bytes: 16 * KB },
  { name: 'upload', path: new RegExp(`^/api/(${UPLOAD_COLLECTIONS.join('|')})(/|$)`), bytes: UPLOAD_MAX_FILE_BYTES + MB },
  { name: 'api', path: /^\/(api|admin)(\/|$)/, bytes: 2 * MB },
  { name: 'site', path: /^\//, bytes: 64 * KB },
]

export function bodyLimitFor(url: string | undefined): { name: string; bytes: number } {
  const path = pathnameOf(url)
  return BODY_LIMITS.find((limit) => limit.path.test(path)) ?? BODY_LIMITS[BODY_LIMITS.length - 1]!
}

/**
 * Refuses a request whose body is larger than its route allows before anyone reads it: 413 on the
 * declared Content-Length. A body of undeclared length (chunked) cannot be measured without reading
 * it ahead of Next.js, so it is refused with 411; browsers always declare the length of what they send.
 * The answer closes the connection (Node then drops the socket once the answer is out), so the unread
 * body is never parsed; a client that asked `Expect: 100-continue` never sends it at all (server.ts).
 */
export function refuseOversizedBody(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const declared = req.headers['content-length']
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return false
    refuse(res, 411, '请注明请求内容的长度 / Length required')
    return true
  }
  const { bytes } = bodyLimitFor(req.url)
  if (Number(declared) <= bytes) return false
  refuse(res, 413, `请求内容过大（上限 ${formatBytes(bytes)}）/ Request body too large (limit ${formatBytes(bytes)})`)
  return true
}

function refuse(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', connection: 'close' })
  res.end(message)
}

const formatBytes = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`)
