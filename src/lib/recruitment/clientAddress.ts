import type http from 'node:http'

/**
 * Next.js gives route handlers no socket address: it fills `x-forwarded-for` from the socket only
 * when the client did not send one, so that header can be forged. `installClientAddressHeader`
 * (called from instrumentation) stamps the real socket address on every incoming request under our
 * own header, overwriting whatever a client sent.
 */
export const CLIENT_ADDRESS_HEADER = 'x-linli-client-address'
const installed = Symbol.for('linli.clientAddressHeader')
const marker = globalThis as typeof globalThis & { [installed]?: boolean }

export function installClientAddressHeader(httpModule: typeof http): void {
  if (marker[installed]) return
  marker[installed] = true
  const emit = httpModule.Server.prototype.emit
  httpModule.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? ''
    }
    return (emit as (...a: unknown[]) => boolean).call(this, event, ...args)
  } as typeof emit
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
  if (marker[installed]) return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown'
  // Without the stamp (the server did not run our instrumentation) every client shares one bucket.
  return 'unknown'
}
