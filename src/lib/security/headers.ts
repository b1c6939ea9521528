/**
 * HTTP security headers, set in next.config (so cached pages keep them and stay static).
 *
 * Public pages allow inline scripts ('unsafe-inline') instead of per-request nonces: Next.js
 * streams its bootstrap data as inline <script> tags, and a nonce would have to be minted per
 * request, which makes every page dynamic (no cache: ~5× slower, and a database read per visit).
 * Pages take no user-written HTML (rich text is rendered by React, escaped), everything else is
 * locked to our own origin, and no third-party script is allowed, which keeps the XSS surface small.
 *
 * The admin (Payload) additionally needs 'unsafe-eval' and data: fonts, so it gets its own policy.
 */
import { s3ImageSource } from '../storage/s3Settings'

type Header = { key: string; value: string }

const csp = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

/**
 * No colon in any value served with public pages: Next.js compiles a header value that holds one as a
 * path pattern on every request (15 µs each, measured here).
 */
const publicPolicyFor = (imageSources: string) => csp({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': imageSources,
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  // The admin's preview shows pages in a frame of the same origin; nobody else may frame them.
  'frame-ancestors': "'self'",
})

const adminPolicyFor = (imageSources: string) => csp({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline' 'unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': `${imageSources} data: blob:`,
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'frame-src': "'self'",
  'worker-src': "'self' blob:",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
})

const everywhere: Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Browsers ignore HSTS over plain HTTP, so production sends it always; development (http://localhost) never. */
const hsts: Header[] =
  process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []

/**
 * Read when Next builds (headers are fixed in the build): with media in a public bucket (S3_PUBLIC_URL),
 * pages and the admin also load images from the bucket's host.
 */
export async function securityHeaders(env: Record<string, string | undefined> = process.env) {
  const bucket = s3ImageSource(env)
  const imageSources = bucket ? `'self' ${bucket}` : "'self'"
  const publicPolicy = publicPolicyFor(imageSources)
  const adminPolicy = adminPolicyFor(imageSources)
  return [
    { source: '/:path*', headers: [...everywhere, ...hsts] },
    { source: '/admin/:path*', headers: [{ key: 'Content-Security-Policy', value: adminPolicy }] },
    { source: '/admin', headers: [{ key: 'Content-Security-Policy', value: adminPolicy }] },
    // Pages: everything but the admin and the API (JSON and uploaded files).
    { source: '/((?!admin(?:/|$)|api/|_next/).*)', headers: [{ key: 'Content-Security-Policy', value: publicPolicy }] },
  ]
}
