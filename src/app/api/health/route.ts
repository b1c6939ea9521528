import { getPayloadClient } from '@/lib/content/payload'

export const dynamic = 'force-dynamic'

const DATABASE_TIMEOUT_MS = 2000

async function databaseAnswers(): Promise<boolean> {
  const payload = await getPayloadClient()
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS))
  await Promise.race([payload.db.pool.query('select 1'), timeout])
  return true
}

export async function GET(): Promise<Response> {
  const started = performance.now()
  const ok = await databaseAnswers().catch(() => false)
  const body = { status: ok ? 'ok' : 'unavailable', database: ok ? 'up' : 'down', ms: Math.round(performance.now() - started) }
  return Response.json(body, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } })
}
