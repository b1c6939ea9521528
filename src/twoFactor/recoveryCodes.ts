import crypto from 'node:crypto'

/** Crockford's base32: no I, L, O or U, so a code copied from paper is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const RECOVERY_CODE_COUNT = 10
const GROUP = 5

export type StoredRecoveryCode = { salt: string; hash: string }

function randomCode(): string {
  const bytes = crypto.randomBytes(GROUP * 2)
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('')
  return `${chars.slice(0, GROUP)}-${chars.slice(GROUP)}`
}

/** What a person typed, as stored: case, spaces and dashes do not matter, O and I/L read as 0 and 1. */
export function normaliseRecoveryCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
}

const digest = (salt: string, code: string) => crypto.createHash('sha256').update(salt).update(normaliseRecoveryCode(code)).digest('base64url')

/** Ten one-time codes (50 bits each) for the person to keep, and their salted hashes for the database. */
export function newRecoveryCodes(): { codes: string[]; stored: StoredRecoveryCode[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, randomCode)
  const stored = codes.map((code) => {
    const salt = crypto.randomBytes(16).toString('base64url')
    return { salt, hash: digest(salt, code) }
  })
  return { codes, stored }
}

/** The stored codes without the one given, or undefined when it matches none. */
export function useRecoveryCode(stored: unknown, input: string): StoredRecoveryCode[] | undefined {
  if (!Array.isArray(stored) || normaliseRecoveryCode(input).length !== GROUP * 2) return undefined
  const codes = stored.filter((c): c is StoredRecoveryCode => typeof c?.salt === 'string' && typeof c?.hash === 'string')
  const match = codes.findIndex((c) => {
    const expected = Buffer.from(c.hash)
    const given = Buffer.from(digest(c.salt, input))
    return expected.length === given.length && crypto.timingSafeEqual(expected, given)
  })
  if (match < 0) return undefined
  return codes.filter((_, i) => i !== match)
}
