/**
 * The production server: Next.js behind Linli's request layer, as Next's documented custom server
 * (`next()` + `http.createServer`, https://nextjs.org/docs/app/guides/custom-server). `npm start`, the
 * tests and the bench run it with plain Node: `node scripts/run.mjs server.ts` (scripts/lib/server-command.ts).
 *
 * Every request passes these stages, in this order; each is one function with its own module:
 *   1. address stamp   the socket address under a header no client can forge (rate limits read it)
 *   2. body limit      413 before anything reads a body larger than its route needs
 *   3. page memory     a public page served within the last second is answered from memory
 *   4. compression     a whole cacheable body is compressed once per version, the rest as it streams
 *   5. client runtime  a site page without an island is sent without Next's client runtime, one with an
 *                      island runs it after its first paint (the HTML is rewritten before stage 4 sees it,
 *                      so the kept copies hold the rewritten page)
 *   6. Next.js         routing, the site's pages, Payload's admin and API
 *
 * The stores behind stages 3 and 4 live in this process; with REDIS_URL set, Next's own cache is shared
 * by all processes (cache-handler.mjs) and stage 3 is cleared in every process whenever any of them
 * expires pages (src/lib/cache/invalidation.ts). Environment: PORT (3000), HOST (all interfaces),
 * LINLI_MICROCACHE_MS (1000; 0 turns the memory off), LINLI_COMPRESSED_CACHE_MB (64), REDIS_URL.
 */
import http from 'node:http'

import next from 'next'

import { onExpiredPages } from '@/lib/cache/invalidation'
import { refuseOversizedBody } from '@/lib/http/bodyLimits'
import { CompressedBodies } from '@/lib/http/compressedBodies'
import { PageMemory } from '@/lib/http/pageMemory'
import { compressResponse, preferredEncoding } from '@/lib/http/responseCompression'
import { sendClientRuntimeAsNeeded } from '@/lib/http/clientRuntime'
import { stampClientAddress } from '@/forms/clientAddress'

const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST || undefined
const memoryMs = Number(process.env.LINLI_MICROCACHE_MS ?? 1000)

const memory = memoryMs > 0 ? new PageMemory({ ttlMs: memoryMs }) : undefined
const bodies = new CompressedBodies({ maxBytes: Number(process.env.LINLI_COMPRESSED_CACHE_MB ?? 64) * 1024 * 1024 })

const app = next({ dev: false, dir: import.meta.dirname, hostname: host ?? 'localhost', port })
const handle = app.getRequestHandler()

async function serve(req: http.IncomingMessage, res: http.ServerResponse, expectsContinue = false): Promise<void> {
  stampClientAddress(req)
  if (refuseOversizedBody(req, res)) return
  if (expectsContinue) res.writeContinue()
  const encoding = preferredEncoding(req)
  const page = memory && PageMemory.pageKey(req, encoding)
  if (page && memory.answer(page, encoding!, bodies, req, res)) return
  compressResponse(req, res, { encoding, bodies, onWholeBody: page ? (answered) => memory.remember(page, answered) : undefined })
  // Wraps the writes after compression did, so what Next writes is rewritten before it is compressed.
  sendClientRuntimeAsNeeded(req, res)
  await handle(req, res)
}

function onRequest(expectsContinue: boolean) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    serve(req, res, expectsContinue).catch((error: unknown) => {
      console.error(`[linli] ${req.method} ${req.url} failed:`, error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end('服务器出错 / Internal Server Error')
    })
  }
}

await app.prepare()
// With the shared cache (REDIS_URL), a publish through any process clears every process's page memory.
// Not awaited: the server starts while Redis is still unreachable, and the subscription follows when it is.
if (memory) void onExpiredPages(() => memory.clear()).catch((error: unknown) => console.error(`[linli] page memory is not cleared by other processes: ${(error as Error).message}`))
const server = http.createServer(onRequest(false))
// A client that asks before sending its body (`Expect: 100-continue`) hears 413 without sending it.
server.on('checkContinue', onRequest(true))
server.listen(port, host, () => console.info(`[linli] server listening on http://${host ?? 'localhost'}:${port}`))

function shutdown(): void {
  server.close()
  server.closeIdleConnections()
  setTimeout(() => process.exit(0), 5000).unref()
  app.close().finally(() => process.exit(0))
}
process.once('SIGTERM', shutdown)
process.once('SIGINT', shutdown)
