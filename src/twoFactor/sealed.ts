import crypto from 'node:crypto'

/**
 * Authenticated encryption (AES-256-GCM) under a key derived from PAYLOAD_SECRET, for what the server
 * hands out or keeps but must be able to read back: TOTP secrets at rest, enrolment tickets in flight.
 * A database dump alone does not reveal the secrets; changing PAYLOAD_SECRET makes them unreadable
 * (staff then set up two-factor again after an admin resets it).
 */
function key(purpose: string): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'linli two-factor', purpose, 32))
}

export function seal(purpose: string, plaintext: string): string {
  const iv = crypto.randomBytes(12)
  const cipher = crypto.createCipheriv('aes-256-gcm', key(purpose), iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.')
}

export function unseal(purpose: string, sealed: unknown): string | undefined {
  if (typeof sealed !== 'string') return undefined
  const [version, iv, body, tag] = sealed.split('.')
  if (version !== 'v1' || !iv || !body || !tag) return undefined
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(purpose), Buffer.from(iv, 'base64url'))
    decipher.setAuthTag(Buffer.from(tag, 'base64url'))
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8')
  } catch {
    return undefined
  }
}
