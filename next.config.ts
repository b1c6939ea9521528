import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/lib/security/headers'

/** Paths that are not localized pages: everything else is rewritten to the Chinese site. */
const NOT_LOCALIZED = ['en', 'zh', 'admin', 'api', '_next', 'preview', 'robots\\.txt', 'sitemap\\.xml', 'favicon\\.ico', 'static', 'elder-mode']
const localizedPath = `/:path((?!(?:${NOT_LOCALIZED.join('|')})(?:/|$)).+)`

const nextConfig: NextConfig = {
  poweredByHeader: false,
  headers: securityHeaders,
  reactStrictMode: true,
  images: {
    localPatterns: [{ pathname: '/api/media/file/**' }],
    formats: ['image/avif', 'image/webp'],
  },
  experimental: {
    // Rendered pages live in memory only: a page cached on disk could outlive the database it came from.
    isrFlushToDisk: false,
  },
  cacheMaxMemorySize: 256 * 1024 * 1024,
  async redirects() {
    return [
      { source: '/zh', destination: '/', permanent: true },
      { source: '/zh/:path*', destination: '/:path*', permanent: true },
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/zh' },
        { source: localizedPath, destination: '/zh/:path' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
