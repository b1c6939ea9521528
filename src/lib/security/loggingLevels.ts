import type { Config } from 'payload'

/**
 * Expected refusals are not errors: a visitor's 403 or 404, a wrong sign-in, a query over its limits, a
 * two-factor step. Logged at info, without a stack trace, so a stream of them cannot flood the log
 * with errors. Payload matches `error.name`; our own errors set theirs explicitly.
 */
const expected = [
  'Forbidden',
  'NotFound',
  'UnauthorizedError',
  'AuthenticationError',
  'LockedAuth',
  'UnverifiedEmail',
  'TooManyAttempts',
  'QueryTooLarge',
  'QueryTimeLimit',
  'TwoFactorChallenge',
  'TwoFactorTooMany',
  'TwoFactorRefused',
]

// Payload's type lists only its own error names; the lookup is by any name.
export const loggingLevels = Object.fromEntries(expected.map((name) => [name, 'info'])) as Config['loggingLevels']
