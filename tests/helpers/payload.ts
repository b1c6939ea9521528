import type { Payload } from 'payload'

import { loadPayload } from '../../scripts/lib/payload-instance'

let instance: Promise<Payload> | undefined

/** Payload on the run's fresh test database, through the Local API (one instance per test file). */
export function getTestPayload(): Promise<Payload> {
  instance ??= loadPayload()
  return instance
}

export function siteUrl(): string {
  const url = process.env.LINLI_SITE_URL
  if (!url) throw new Error('The site server is not running (no production build?)')
  return url
}
