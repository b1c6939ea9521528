import { hmacHex } from './secrets'

const CLIENT_KEY = /^[A-Za-z0-9_-]{16,64}$/
const DAY_MS = 24 * 60 * 60 * 1000
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/**
 * The key that makes a submission count once. The enhanced form sends a random key per page load
 * (`formControls.idempotencyKey`), so a double click or a retried request repeats it. Without
 * JavaScript there is none, so the same person (`identity`, e.g. a phone number) sending the same
 * form (`scope`, e.g. one call or one activity) on the same (Beijing) day counts as a repeat of the
 * first. Stored as an HMAC: the column never reveals what it was made from.
 */
export function idempotencyKey(args: { clientKey?: string | null; scope: string; identity: { kind: string; value: string }; now?: number }): string {
  const { scope } = args
  if (args.clientKey && CLIENT_KEY.test(args.clientKey)) return hmacHex('idempotency', `client|${scope}|${args.clientKey}`)
  const day = Math.floor(((args.now ?? Date.now()) + CHINA_OFFSET_MS) / DAY_MS)
  return hmacHex('idempotency', `${args.identity.kind}|${scope}|${args.identity.value}|${day}`)
}
