import { notFound } from 'next/navigation'

import { getSitemapEntries } from '@/lib/content/feeds'
import { sitemapXml } from '@/lib/feeds/sitemap'

export const dynamic = 'force-static'

export function generateStaticParams() {
  return []
}

/** One sitemap for both languages, at /sitemap.xml only. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  if ((await params).locale !== 'zh') notFound()
  return new Response(sitemapXml(await getSitemapEntries()), { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
