import type { CollectionAfterErrorHook } from 'payload'

/**
 * Payload's error formatter puts an error's `data` into the answer only for its own APIError class,
 * checked with `instanceof`; in the production bundle our TwoFactorChallenge can extend another copy
 * of that class, and the sign-in form would then learn only "two-factor needed", not which step or the
 * enrolment QR code. The class name survives (serverMinification is off), so the answer is rebuilt here.
 */
export const keepChallengeData: CollectionAfterErrorHook = ({ error, result }) => {
  const challenge = error as Error & { data?: Record<string, unknown> }
  if (challenge.name !== 'TwoFactorChallenge' || !challenge.data) return
  return { response: { ...(result as object), errors: [{ name: challenge.name, message: challenge.message, data: challenge.data }] } }
}
