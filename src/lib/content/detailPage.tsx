import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { JsonLd } from '@/components/site/JsonLd'
import { withNotFoundMetadata, withNotFoundPage } from '@/components/site/NotFoundGuard'
import { SiteShell } from '@/components/site/SiteShell'
import { articleJsonLd } from '@/lib/seo/jsonLd'
import { pageMetadata, type PageMeta } from '@/lib/seo/metadata'
import type { SiteSetting } from '@/payload-types'
import { loadDetail } from './detail'
import type { Doc } from './documents'
import type { Mode } from './mode'
import { unprefixedPath, type Locale, type RoutedCollection } from './paths'
import { pageContext, type RouteParams } from './route'
import { getSiteSettings } from './siteSettings'

export type DetailProps = { params: Promise<RouteParams & { slug: string }> }

/** What a detail page knows once its document is found; `path` has no language prefix. */
export type DetailView<C extends RoutedCollection> = { doc: Doc<C>; locale: Locale; mode: Mode; path: string; settings: SiteSetting }

type DetailSpec<C extends RoutedCollection> = {
  collection: C
  metadata: (doc: Doc<C>) => Omit<PageMeta, 'locale' | 'path'>
  /** schema.org data, written before the body. */
  jsonLd?: (view: DetailView<C>) => Record<string, unknown>
  body: (view: DetailView<C>) => ReactNode | Promise<ReactNode>
}

/**
 * The metadata and page of a `[slug]` route: unknown slugs 404 (as a whole page, see NotFoundGuard) and old ones redirect (loadDetail),
 * the page sits in the site shell, and the route file says only what its collection shows.
 */
export function detailPage<C extends RoutedCollection>(spec: DetailSpec<C>) {
  async function generateMetadata({ params }: DetailProps): Promise<Metadata> {
    const { slug } = await params
    const { locale } = await pageContext(params, '/')
    const { doc } = await loadDetail(spec.collection, locale, slug)
    return pageMetadata({ locale, path: unprefixedPath(spec.collection, doc.slug ?? ''), ...spec.metadata(doc) })
  }

  async function DetailPage({ params }: DetailProps) {
    const { slug } = await params
    const { locale, mode } = await pageContext(params, '/')
    const { doc, viewer } = await loadDetail(spec.collection, locale, slug)
    const path = unprefixedPath(spec.collection, doc.slug ?? '')
    // SiteShell reads the same cached settings, so this adds no read and no cache tag.
    const view: DetailView<C> = { doc, locale, mode, path, settings: await getSiteSettings(locale) }
    return (
      <SiteShell context={{ locale, mode, path }} preview={viewer.preview}>
        {spec.jsonLd ? <JsonLd data={spec.jsonLd(view)} /> : null}
        {await spec.body(view)}
      </SiteShell>
    )
  }

  return { generateMetadata: withNotFoundMetadata(generateMetadata), DetailPage: withNotFoundPage(DetailPage) }
}

/** Stories and cases: articles with a cover, a publication date and, when named, an author. */
export function articleSpec<C extends 'stories' | 'cases'>(collection: C, author: (doc: Doc<C>) => string | null | undefined) {
  return {
    collection,
    metadata: (doc: Doc<C>): Omit<PageMeta, 'locale' | 'path'> => ({
      title: doc.title,
      description: doc.summary,
      image: doc.cover,
      type: 'article',
      publishedTime: doc.publishedAt,
    }),
    jsonLd: ({ doc, path, locale, settings }: DetailView<C>) => articleJsonLd(doc, path, locale, settings, author(doc)),
  }
}
