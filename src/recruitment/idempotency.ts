import { idempotencyKey as formIdempotencyKey } from '@/forms/idempotency'

/** An application counts once per call (or for the general form), per browser key or else per phone and day. */
export function idempotencyKey(args: { clientKey?: string | null; phone: string; callId?: number; now?: number }): string {
  return formIdempotencyKey({ clientKey: args.clientKey, scope: args.callId ? `call:${args.callId}` : 'general', identity: { kind: 'phone', value: args.phone }, now: args.now })
}
