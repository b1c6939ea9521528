import type { Payload } from 'payload'

import { seed } from '@/seed'
import { getTestPayload } from '../helpers/payload'

export const htmlLang = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]

export function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
}

let seeded: Promise<Payload> | undefined
/** The demo content, seeded once per file (the seed is idempotent, so files may share a database). */
export function seededPayload(): Promise<Payload> {
  seeded ??= getTestPayload().then(async (payload) => {
    await seed(payload)
    return payload
  })
  return seeded
}

export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
