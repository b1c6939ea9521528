import crypto from 'node:crypto'

/**
 * ID-card numbers (sensitive personal information, PIPL Art. 28) are stored only with the
 * volunteer's explicit consent, encrypted with AES-256-GCM. The key never lives in the database:
 * it comes from LINLI_ID_NUMBER_SECRET, or, for tests and development, is derived deterministically
 * from PAYLOAD_SECRET (a separate label, so the two secrets are not the same key).
 * Stored form: "v1:<iv base64url>:<tag base64url>:<ciphertext base64url>".
 */
function key(): Buffer {
  const explicit = process.env.LINLI_ID_NUMBER_SECRET
  const material = explicit || process.env.PAYLOAD_SECRET
  if (!material) throw new Error('LINLI_ID_NUMBER_SECRET (or PAYLOAD_SECRET) is not set')
  return crypto.createHash('sha256').update(explicit ? `linli-id-number:${material}` : `linli-id-number-derived:${material}`).digest()
}

export function encryptIdNumber(plain: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv)
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  const tag = cipher.getAuthTag()
  return ['v1', iv.toString('base64url'), tag.toString('base64url'), data.toString('base64url')].join(':')
}

export function decryptIdNumber(stored: string): string {
  const [version, iv, tag, data] = stored.split(':')
  if (version !== 'v1' || !iv || !tag || !data) throw new Error('Unknown ID-number format')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8')
}

/** 18-digit resident ID (last may be X) or the old 15-digit one. */
export function isIdNumber(value: string): boolean {
  return /^\d{17}[\dX]$|^\d{15}$/.test(value)
}

export function normaliseIdNumber(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase()
}

/** What staff see: the first 3 and last 4 characters (e.g. 510***********123X). */
export function maskIdNumber(value: string): string {
  if (value.length <= 7) return '*'.repeat(value.length)
  return `${value.slice(0, 3)}${'*'.repeat(value.length - 7)}${value.slice(-4)}`
}

/** A name as the public may see it: 骆** / 彩** / L*** (first character only). */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`
}
