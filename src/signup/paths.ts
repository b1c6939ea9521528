import { localePath, type Locale, siteUrl } from '@/lib/content/paths'

/** The private page of one sign-up (no account): the reference and its secret token, never in a query string. */
export const signupPath = (reference: string, token: string, locale: Locale = 'zh') => localePath(locale, `/signup/${encodeURIComponent(reference)}/${encodeURIComponent(token)}`)
export const signupUrl = (reference: string, token: string, locale: Locale = 'zh') => `${siteUrl()}${signupPath(reference, token, locale)}`
/** What the sign-up's QR code opens: the staff check-in page, ready to tick this person off. */
export const checkInUrl = (reference: string) => `${siteUrl()}/staff/check-in/${encodeURIComponent(reference)}`
