import type { Metadata } from 'next'
import { isHTTPAccessFallbackError } from 'next/dist/client/components/http-access-fallback/http-access-fallback'
import { draftMode } from 'next/headers'
import { Suspense, type ReactNode } from 'react'

import { pageContext, type RouteParams } from '@/lib/content/route'
import { getDictionary } from '@/lib/i18n'
import { notFoundText } from '@/lib/i18n/notFoundText'
import { NotFoundBoundary } from './NotFoundBoundary'
import { NotFoundMessage } from './NotFoundMessage'
import { NotFoundSignal } from './NotFoundSignal'
import { SiteShell } from './SiteShell'
import type { PageContext } from './types'

/**
 * Next 16 answers a notFound() thrown by a page with a 404 whose HTML body is empty (the page only
 * appears once JavaScript runs). Thrown inside a Suspense boundary while the HTML is rendered, it
 * still sets the 404 status, and the HTML keeps everything outside the boundary plus its fallback:
 * so the fallback is the whole not-found page, readable without JavaScript and cached like any other.
 */
function NotFoundPage({ context }: { context: PageContext }) {
  const page = (
    <SiteShell context={{ ...context, path: '/' }}>
      <NotFoundMessage text={notFoundText()[context.locale]} />
    </SiteShell>
  )
  return (
    <NotFoundBoundary fallback={page}>
      <Suspense fallback={page}>
        <NotFoundSignal />
      </Suspense>
    </NotFoundBoundary>
  )
}

/**
 * A page whose notFound() renders the full not-found page. The page is called, not mounted, so a
 * found document renders with no Suspense boundary at all (nothing can stream in late).
 */
export function withNotFoundPage<P extends { params: Promise<RouteParams> }>(page: (props: P) => Promise<ReactNode>) {
  return async function GuardedPage(props: P): Promise<ReactNode> {
    try {
      return await page(props)
    } catch (error) {
      if (!isHTTPAccessFallbackError(error)) throw error
      // A preview renders per request, streamed: only a thrown notFound() still sets the 404 status there.
      if ((await draftMode()).isEnabled) throw error
      return <NotFoundPage context={await pageContext(props.params, '/')} />
    }
  }
}

/** Metadata must not throw notFound() (that brings back the empty body): a missing page gets a not-found title. */
export function withNotFoundMetadata<P extends { params: Promise<RouteParams> }>(generate: (props: P) => Promise<Metadata>) {
  return async function generateGuardedMetadata(props: P): Promise<Metadata> {
    const { locale } = await pageContext(props.params, '/')
    return orNotFoundMetadata(locale, () => generate(props))
  }
}

export async function orNotFoundMetadata(locale: PageContext['locale'], generate: () => Promise<Metadata>): Promise<Metadata> {
  try {
    return await generate()
  } catch (error) {
    if (!isHTTPAccessFallbackError(error)) throw error
    return notFoundMetadata(locale)
  }
}

export function notFoundMetadata(locale: PageContext['locale']): Metadata {
  return { title: getDictionary(locale).notFound.title, robots: { index: false, follow: true } }
}
