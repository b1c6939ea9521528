import type { Payload } from 'payload'

import type { Locale } from '@/lib/content/paths'
import type { ApplicationFormCall } from '@/recruitment/components/ApplicationForm'
import { isCallOpen } from './callState'

/** A published call as the form needs it; open follows its dates. */
export async function findCallForForm(payload: Payload, slug: string, locale: Locale, now = Date.now()): Promise<ApplicationFormCall | undefined> {
  const { docs } = await payload.find({
    collection: 'recruitment-calls',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, opensAt: true, closesAt: true },
    locale,
    fallbackLocale: 'zh',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const call = docs[0]
  if (!call?.slug) return undefined
  return { id: call.id, slug: call.slug, title: call.title, isOpen: isCallOpen(call, now) }
}
