import crypto from 'node:crypto'

const derived = new Map<string, Buffer>()

/** A key for one purpose, derived from PAYLOAD_SECRET so that no other secret has to be configured. */
export function derivedKey(purpose: string): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  // Derived once per secret and purpose: every submission needs three of them.
  const id = `${purpose}\0${secret}`
  let key = derived.get(id)
  if (!key) {
    key = Buffer.from(crypto.hkdfSync('sha256', secret, 'linli', `recruitment:${purpose}`, 32))
    derived.set(id, key)
  }
  return key
}

export function hmacHex(purpose: string, data: string): string {
  return crypto.createHmac('sha256', derivedKey(purpose)).update(data).digest('hex')
}
