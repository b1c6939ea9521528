import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { elderCookieRule } from './src/lib/content/mode'
import { securityHeaders } from './src/lib/security/headers'

/** Paths that are not localized pages: everything else is rewritten to the Chinese site. */
const NOT_LOCALIZED = ['en', 'zh', 'admin', 'api', 'staff', '_next', 'preview', 'favicon\\.ico', 'static', 'elder-mode']
const localizedPath = `/:path((?!(?:${NOT_LOCALIZED.join('|')})(?:/|$)).+)`

/** English paths not yet rewritten: rewrites chain, so an /en/{mode}/… destination must not match again. */
const englishPath = '/en/:path((?!(?:standard|elder)(?:/|$)).+)'

/**
 * Every page exists twice, /{locale}/standard/… and /{locale}/elder/…, both static and cached.
 * The elder-mode cookie only chooses which cached variant a URL is rewritten to, so pages never read cookies.
 */
type Mode = 'standard' | 'elder'
const elderCookie = [elderCookieRule]
/** Every request walks these rules in order: the most visited (Chinese pages, standard mode) come first. */
const modeRewrites = (mode: Mode) => {
  const when = mode === 'elder' ? { has: elderCookie } : { missing: elderCookie }
  return [
    { source: '/sitemap.xml', destination: `/zh/${mode}/site-map.xml`, ...when },
    { source: localizedPath, destination: `/zh/${mode}/:path`, ...when },
    { source: '/', destination: `/zh/${mode}`, ...when },
    { source: englishPath, destination: `/en/${mode}/:path`, ...when },
    { source: '/en', destination: `/en/${mode}`, ...when },
  ]
}

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Responses are compressed by the request layer instead (server.ts, src/lib/http/responseCompression.ts):
  // it compresses a cached page once per version rather than once per request.
  compress: false,
  headers: securityHeaders,
  reactStrictMode: true,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    // Rendered pages live in memory only: a page cached on disk could outlive the database it came from.
    isrFlushToDisk: false,
    // Payload tells its errors apart by class name (its `loggingLevels`: a visitor's 403 or 404 is logged
    // at info, not as an error with a stack trace); minified server code renames every class to one letter.
    serverMinification: false,
  },
  // pdfkit reads its font metrics from files beside its own code (src/print/pdf.ts): it must stay in node_modules.
  serverExternalPackages: ['pdfkit', 'fontkit'],
  // With REDIS_URL, rendered pages live in Redis for every process (cache-handler.mjs, read at server start,
  // from the folder the server runs in); otherwise in this process's memory, as on one machine.
  ...(process.env.REDIS_URL
    ? { cacheHandler: path.join(process.cwd(), 'cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheMaxMemorySize: 256 * 1024 * 1024 }),
  async redirects() {
    return [
      { source: '/zh', destination: '/', permanent: true },
      { source: '/zh/:path*', destination: '/:path*', permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [...modeRewrites('standard'), ...modeRewrites('elder')],
      afterFiles: [],
      fallback: [],
    }
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })

/**
 * Payload asks every browser, on every path, for its colour-scheme hint with `Critical-CH`, which makes
 * the browser send a public page's first request twice (a whole extra round trip on a slow phone line).
 * Only the admin uses the hint, so only the admin asks for it.
 */
const withHeaders = config.headers
config.headers = async () =>
  (await withHeaders?.())?.flatMap((rule) =>
    rule.headers.some((h) => h.key === 'Critical-CH') ? [{ ...rule, source: '/admin' }, { ...rule, source: '/admin/:path*' }] : [rule],
  ) ?? []

export default config
