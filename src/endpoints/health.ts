import type { Endpoint } from 'payload'

const DATABASE_TIMEOUT_MS = 2000

/** `GET /api/health`: 200 after a database round trip, 503 while the database does not answer (for load balancers and the tests). */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS).unref())
    const db = req.payload.db as unknown as { pool: { query: (sql: string) => Promise<unknown> } }
    const ok = await Promise.race([db.pool.query('select 1'), timeout]).then(() => true, () => false)
    const body = { status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down', ms: Math.round(performance.now() - started) }
    return Response.json(body, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
  },
}
