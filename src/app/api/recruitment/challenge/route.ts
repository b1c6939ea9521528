import { newChallenge } from '@/forms/proofOfWork'

export const dynamic = 'force-dynamic'

/** A fresh proof-of-work challenge for the enhanced application form. */
export async function GET(): Promise<Response> {
  return Response.json(await newChallenge(), { headers: { 'cache-control': 'no-store, no-transform' } })
}
