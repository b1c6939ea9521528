import type { Payload } from 'payload'

import { cachedRead } from '@/lib/content/cached'
import { getPayloadClient } from '@/lib/content/payload'
import type { Locale } from '@/lib/content/paths'
import { cacheTags } from '@/lib/content/tags'
import { parseReference } from './reference'

export type ThanksCall = { title: string; nextSteps: string[] }

/** A published call's title and next steps (one per line), refreshed when calls are published. */
const getThanksCall = cachedRead('recruitment-thanks-call', [cacheTags.recruitmentCalls], async (id: number, locale: Locale): Promise<ThanksCall | null> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'recruitment-calls',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    select: { title: true, nextSteps: true },
    locale,
    fallbackLocale: 'zh',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const call = docs[0]
  if (!call) return null
  return { title: call.title, nextSteps: (call.nextSteps ?? '').split('\n').map((l) => l.trim()).filter(Boolean) }
})

/**
 * What the thanks page may show for a reference: nothing about the person, only that it exists
 * and, for a call, the call's title and next steps. Undefined for a reference that was never given
 * (or whose application was deleted): the page is then a 404.
 */
export async function readThanks(payload: Payload, raw: string, locale: Locale): Promise<{ reference: string; call?: ThanksCall } | undefined> {
  const reference = parseReference(raw)
  if (!reference) return undefined
  const { docs } = await payload.find({
    collection: 'applications',
    where: { reference: { equals: reference } },
    select: { call: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const application = docs[0]
  if (!application) return undefined
  const callId = typeof application.call === 'object' ? application.call?.id : application.call
  const call = callId ? await getThanksCall(callId, locale) : null
  return { reference, call: call ?? undefined }
}
