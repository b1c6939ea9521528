/**
 * The address a sign-in comes from. Behind our own reverse proxy (TRUST_PROXY=1) that is the
 * right-most `x-forwarded-for` entry; otherwise the socket address the server stamped on the
 * request (see the recruitment client-address stamp). Undefined for the Local API.
 */
export function signInClient(headers: Headers | undefined): string | undefined {
  if (!headers || typeof headers.get !== 'function') return undefined
  if (process.env.TRUST_PROXY === '1') {
    const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
    if (forwarded?.length) return forwarded[forwarded.length - 1]
  }
  const stamped = headers.get('x-linli-client-address')
  if (stamped) return stamped
  // Without the stamp, requests over HTTP still carry Next's own x-forwarded-for; the Local API carries nothing.
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || (headers.get('host') ? 'unknown' : undefined)
}
