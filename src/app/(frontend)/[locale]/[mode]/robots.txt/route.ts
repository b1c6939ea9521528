import { notFound } from 'next/navigation'

import { siteUrl } from '@/lib/content/paths'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return []
}

/** Rendered on first request, not at build time, so the sitemap URL is the deployed site's. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  if ((await params).locale !== 'zh') notFound()
  const body = ['User-agent: *', 'Allow: /api/media/file/', 'Disallow: /admin', 'Disallow: /api', 'Disallow: /preview', 'Disallow: /elder-mode', '', `Sitemap: ${siteUrl()}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
