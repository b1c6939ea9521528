/** Elder mode (长辈模式) is a URL segment the elder cookie rewrites to (see next.config.ts), never a cookie read by a page. */
export type Mode = 'standard' | 'elder'
export const modes: readonly Mode[] = ['standard', 'elder']
export const isMode = (value: unknown): value is Mode => value === 'standard' || value === 'elder'

export const ELDER_COOKIE = 'elder'

/** A same-origin path to return to: one leading slash, no scheme, no backslash tricks, no control characters. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || value.length > 2000) return '/'
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return '/'
  return value
}

export function elderModeHref(on: boolean, returnTo: string): string {
  return `/elder-mode?on=${on ? 1 : 0}&next=${encodeURIComponent(returnTo)}`
}
