/** Elder mode (长辈模式) is a URL segment the elder cookie rewrites to (see next.config.ts), never a cookie read by a page. */
export type Mode = 'standard' | 'elder'
export const modes: readonly Mode[] = ['standard', 'elder']
export const isMode = (value: unknown): value is Mode => value === 'standard' || value === 'elder'

export const ELDER_COOKIE = 'elder'
/** The cookie's value that turns elder mode on: next.config's rewrite matches it, the request layer's memory keys on it. */
export const ELDER_ON = '1'
/** The one rule that picks the elder variant: next.config.ts rewrites with it (`has` / `missing`), server.ts's memory follows it. */
export const elderCookieRule = { type: 'cookie', key: ELDER_COOKIE, value: ELDER_ON } as const

const SAME_ORIGIN = 'http://same-origin.invalid'

/**
 * A same-origin path to return to: one leading slash, no scheme, no backslash tricks, no control characters.
 * It comes back percent-encoded by the URL parser (a header holds bytes: 重阳 becomes %E9%87%8D%E9%98%B3); escapes already there stay.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/'
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/'
  let url: URL
  try {
    url = new URL(value, SAME_ORIGIN)
  } catch {
    return '/'
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // Dot segments are resolved by now: `/..//host` would have become the scheme-relative `//host`.
  return url.origin === SAME_ORIGIN && !path.startsWith('//') ? path : '/'
}

export function elderModeHref(on: boolean, returnTo: string): string {
  return `/elder-mode?on=${on ? 1 : 0}&next=${encodeURIComponent(returnTo)}`
}
