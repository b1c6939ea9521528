import type http from 'node:http'

import { stampClientAddress } from '@/lib/recruitment/clientAddress'

import { answerFromMicroCache, microCacheKey, rememberAnswer } from './microCache'
import { compressResponse, preferredEncoding } from './responseCompression'

const installed = Symbol.for('linli.serverHooks')
const marker = globalThis as typeof globalThis & { [installed]?: boolean }

/**
 * `next start` offers no hook before its own request handling, so instrumentation wraps the HTTP
 * server's 'request' event: every request is stamped with its socket address, a public page seen in
 * the last second is answered from memory, and every other response is compressed by our layer.
 */
export function installServerHooks(httpModule: typeof http): void {
  if (marker[installed]) return
  marker[installed] = true
  const emit = httpModule.Server.prototype.emit
  httpModule.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return (emit as (...a: unknown[]) => boolean).call(this, event, ...args)
    const [req, res] = args as [http.IncomingMessage, http.ServerResponse]
    stampClientAddress(req)
    const encoding = preferredEncoding(req)
    const key = microCacheKey(req, encoding)
    if (key && answerFromMicroCache(key, req, res)) return true
    compressResponse(req, res, () => (emit as (...a: unknown[]) => boolean).call(this, event, ...args), {
      encoding,
      onCompressed: key ? (answered, body) => rememberAnswer(key, answered, body) : undefined,
    })
    return this.listenerCount('request') > 0
  } as typeof emit
}
