import type http from 'node:http'

/**
 * Next.js gives route handlers no socket address: it fills `x-forwarded-for` from the socket only
 * when the client did not send one, so that header can be forged. Every incoming request gets the
 * real socket address under our own header (the request layer, server.ts), overwriting whatever a
 * client sent.
 */
export const CLIENT_ADDRESS_HEADER = 'x-linli-client-address'
const stamped = Symbol.for('linli.clientAddressHeader')
const marker = globalThis as typeof globalThis & { [stamped]?: boolean }

export function stampClientAddress(req: http.IncomingMessage): void {
  marker[stamped] = true
  req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? ''
}

/**
 * The client's address for rate limiting. Behind a reverse proxy (TRUST_PROXY=1) it is the
 * right-most `x-forwarded-for` entry, the one our own proxy added; otherwise the socket address.
 */
export function clientAddress(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TRUST_PROXY === '1') {
    const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
    if (forwarded?.length) return forwarded[forwarded.length - 1]
  }
  if (marker[stamped]) return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
  // Without the stamp (a server other than server.ts, e.g. `next dev`) every client shares one bucket.
  return 'unknown'
}
