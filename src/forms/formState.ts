import crypto from 'node:crypto'
import zlib from 'node:zlib'

import type { FormValues } from './form'
import type { FormErrorCode } from './messages'
import { derivedKey } from './secrets'
import type { FieldErrors } from './validation'

/**
 * What a refused plain (JavaScript-off) submission hands to the page that shows the form again.
 * It travels only from the apply handler to its own server in a request header, sealed with
 * AES-256-GCM and short-lived: nothing the visitor typed is stored anywhere on the server.
 */
export type FormState = {
  values: FormValues
  errors: FieldErrors
  formError?: FormErrorCode
  idempotencyKey?: string
}

export const FORM_STATE_HEADER = 'x-linli-form-state'
const MAX_AGE_MS = 60_000

export function sealFormState(state: FormState, now = Date.now()): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', derivedKey('form-state'), iv)
  const plain = zlib.deflateRawSync(Buffer.from(JSON.stringify({ ...state, at: now })))
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url')
}

export function openFormState(token: string | null | undefined, now = Date.now()): FormState | undefined {
  if (!token) return undefined
  try {
    const raw = Buffer.from(token, 'base64url')
    const decipher = crypto.createDecipheriv('aes-256-gcm', derivedKey('form-state'), raw.subarray(0, 12))
    decipher.setAuthTag(raw.subarray(12, 28))
    const plain = zlib.inflateRawSync(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]))
    const { at, ...state } = JSON.parse(plain.toString('utf8')) as FormState & { at: number }
    if (typeof at !== 'number' || now - at > MAX_AGE_MS || at > now + 5_000) return undefined
    return state
  } catch {
    return undefined
  }
}
