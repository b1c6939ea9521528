/** SQLSTATE classes and codes that mean "the database cannot be reached right now", not "this request is wrong". */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]$|53300$)/
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND'])
const UNAVAILABLE_MESSAGES = /connection terminated|connection error|not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i

/**
 * Whether an error (or anything in its `cause` chain: Payload and Drizzle wrap the driver's errors)
 * says the database is down or restarting, so the same request will work again in a moment.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown }
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_NODE_CODES.has(code))) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true
    current = cause
  }
  return false
}
