import { type Challenge, createChallenge, randomInt, type Solution, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

import { derivedKey } from './secrets'

/**
 * Self-hosted proof of work (ALTCHA, deterministic PBKDF2 mode): the server knows the answer, the
 * browser has to search for it, which takes an old phone a second or two and a spam run much more.
 * Tunable by env because test machines and old phones differ.
 */
export const ALGORITHM = 'PBKDF2/SHA-256'
const cost = () => Number(process.env.ALTCHA_COST ?? 500)
const maxCounter = () => Number(process.env.ALTCHA_MAX_COUNTER ?? 1000)
/** Long enough for someone who fills the form in slowly; the enhanced form fetches a new one when it expires. */
const LIFETIME_MS = 2 * 60 * 60 * 1000

function secrets() {
  return {
    hmacSignatureSecret: derivedKey('altcha-signature').toString('hex'),
    hmacKeySignatureSecret: derivedKey('altcha-key-signature').toString('hex'),
  }
}

export function newChallenge(): Promise<Challenge> {
  const max = maxCounter()
  return createChallenge({
    algorithm: ALGORITHM,
    cost: cost(),
    counter: randomInt(max, Math.max(1, Math.floor(max / 5))),
    deriveKey,
    expiresAt: new Date(Date.now() + LIFETIME_MS),
    ...secrets(),
  })
}

export type ProofOfWorkResult = { status: 'absent' } | { status: 'invalid' } | { status: 'verified'; challengeId: string }

type Submitted = { challenge?: Challenge; solution?: Solution }

function parse(field: string): Submitted | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(field, 'base64').toString('utf8')) as unknown
    return parsed && typeof parsed === 'object' ? (parsed as Submitted) : undefined
  } catch {
    return undefined
  }
}

/** The challenge's id as submitted, not yet verified: enough to look up an earlier use of it. */
export function claimedChallengeId(field: string | null | undefined): string | undefined {
  const nonce = field ? parse(field)?.challenge?.parameters?.nonce : undefined
  return typeof nonce === 'string' ? nonce : undefined
}

/** The form field holds base64(JSON { challenge, solution }), as the ALTCHA widget sends it. */
export async function verifyProofOfWork(field: string | null | undefined): Promise<ProofOfWorkResult> {
  if (!field) return { status: 'absent' }
  const parsed = parse(field)
  if (!parsed) return { status: 'invalid' }
  const { challenge, solution } = parsed
  if (!challenge?.parameters || !solution || challenge.parameters.algorithm !== ALGORITHM) return { status: 'invalid' }
  try {
    const result = await verifySolution({ challenge, solution, deriveKey, ...secrets() })
    return result.verified ? { status: 'verified', challengeId: challenge.parameters.nonce } : { status: 'invalid' }
  } catch {
    return { status: 'invalid' }
  }
}
