import { hmacHex } from './secrets'

const CLIENT_KEY = /^[A-Za-z0-9_-]{16,64}$/
const DAY_MS = 24 * 60 * 60 * 1000
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The key that makes a submission count once. The enhanced form sends a random key per page load,
 * so a double click or a retried request repeats it. Without JavaScript there is none, so the same
 * phone applying to the same call on the same (Beijing) day counts as a repeat of the first.
 * Stored as an HMAC: the column never reveals the phone number it was made from.
 */
export function idempotencyKey(args: { clientKey?: string | null; phone: string; callId?: number; now?: number }): string {
  const scope = args.callId ? `call:${args.callId}` : 'general'
  if (args.clientKey && CLIENT_KEY.test(args.clientKey)) return hmacHex('idempotency', `client|${scope}|${args.clientKey}`)
  const day = Math.floor(((args.now ?? Date.now()) + CHINA_OFFSET_MS) / DAY_MS)
  return hmacHex('idempotency', `phone|${scope}|${args.phone}|${day}`)
}
