'use client'

import { notFound } from 'next/navigation'

/**
 * Throws the not-found while the HTML shell is rendered (a client component runs in that pass),
 * so the 404 status is set before anything is sent and the Suspense fallback is the page.
 */
export function NotFoundSignal(): never {
  notFound()
}
