import type http from 'node:http'

import { stampClientAddress } from '@/lib/recruitment/clientAddress'

import { compressResponse } from './responseCompression'

const installed = Symbol.for('linli.serverHooks')
const marker = globalThis as typeof globalThis & { [installed]?: boolean }

/**
 * `next start` offers no hook before its own request handling, so instrumentation wraps the HTTP
 * server's 'request' event: every request is stamped with its socket address and its response is
 * compressed by our layer.
 */
export function installServerHooks(httpModule: typeof http): void {
  if (marker[installed]) return
  marker[installed] = true
  const emit = httpModule.Server.prototype.emit
  httpModule.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return (emit as (...a: unknown[]) => boolean).call(this, event, ...args)
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
    stampClientAddress(req)
    compressResponse(req, res, () => (emit as (...a: unknown[]) => boolean).call(this, event, ...args))
    return this.listenerCount('request') > 0
  } as typeof emit
}
