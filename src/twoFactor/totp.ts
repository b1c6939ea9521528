import { generateSecret, generateURI, verify } from 'otplib'

/** How far an authenticator's clock may be off: one 30-second step either way. */
const TOLERANCE_SECONDS = 30

export const newTotpSecret = (): string => generateSecret()

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret })
}

/**
 * The time step of a right code, or undefined. A code is accepted once: `afterStep` is the step of the
 * last code this account used, so neither the same code nor an older one works again.
 */
export async function checkTotp(secret: string, code: string, afterStep?: number | null): Promise<number | undefined> {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return undefined
  const result = await verify({ secret, token, epochTolerance: TOLERANCE_SECONDS, ...(typeof afterStep === 'number' ? { afterTimeStep: afterStep } : {}) })
  return result.valid && 'timeStep' in result ? result.timeStep : undefined
}
