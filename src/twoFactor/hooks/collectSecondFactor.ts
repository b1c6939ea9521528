import type { CollectionBeforeOperationHook } from 'payload'

export type SecondFactor = { code?: string; recoveryCode?: string; ticket?: string }
export const SECOND_FACTOR = 'linliSecondFactor'
export const PASSWORD_RESET = 'linliPasswordReset'

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 2000) : undefined)

/**
 * Payload's REST login passes only email and password on to the operation; the code, a recovery code
 * or an enrolment ticket come in the same body (or in the Local API's data) and are kept for the
 * beforeLogin hook. GraphQL's loginUser has no such arguments: a two-factor account cannot sign in there.
 * A password reset, which ends in the same beforeLogin hook, is marked as such.
 */
export const collectSecondFactor: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'resetPassword') req.context = { ...req.context, [PASSWORD_RESET]: true }
  if (operation !== 'login') return args
  const fromArgs = (args as { data?: Record<string, unknown> }).data ?? {}
  const fromBody = req.payloadAPI === 'REST' && req.data && typeof req.data === 'object' ? (req.data as Record<string, unknown>) : {}
  const pick = (name: string) => text(fromArgs[name]) ?? text(fromBody[name])
  const given: SecondFactor = { code: pick('totp'), recoveryCode: pick('recoveryCode'), ticket: pick('enrolmentTicket') }
  req.context = { ...req.context, [SECOND_FACTOR]: given }
  return args
}
