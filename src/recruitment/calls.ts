import type { Payload } from 'payload'

import type { Locale } from '@/lib/content/paths'
import type { RecruitmentCall } from '@/payload-types'
import { isCallOpen } from './callState'
import { DEFAULT_MINIMUM_AGE } from './options'

export type CallChoice = { id: string; label: string }

/** What the form and the submission need of a call besides its dates: who may apply and what they choose from. */
export type CallRules = { minimumAge: number; choices: CallChoice[] }

/** A published call as the form needs it; open follows its dates. */
export type FormCall = CallRules & { id: number; slug: string; title: string; isOpen: boolean }

/** A call's rules from its document (minimum age, choices in the document's locale). */
export const callRules = (call: Pick<RecruitmentCall, 'minimumAge' | 'choices'>): CallRules => ({
  minimumAge: call.minimumAge ?? DEFAULT_MINIMUM_AGE,
  choices: (call.choices ?? []).flatMap((c) => (c.id && c.label ? [{ id: c.id, label: c.label }] : [])),
})

export async function findCallForForm(payload: Payload, slug: string, locale: Locale, now = Date.now()): Promise<FormCall | undefined> {
  const { docs } = await payload.find({
    collection: 'recruitment-calls',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { title: true, slug: true, opensAt: true, closesAt: true, minimumAge: true, choices: true },
    locale,
    fallbackLocale: 'zh',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const call = docs[0]
  if (!call?.slug) return undefined
  return { id: call.id, slug: call.slug, title: call.title, isOpen: isCallOpen(call, now), ...callRules(call) }
}

/**
 * A published call for a submission: its id, whether it is open, and its rules. Choices are read in
 * Chinese: the application stores the chosen one's Chinese name, as staff read it.
 */
export async function findCallForSubmission(payload: Payload, slug: string, now = Date.now()): Promise<(CallRules & { id: number; isOpen: boolean }) | undefined> {
  const { docs } = await payload.find({
    collection: 'recruitment-calls',
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    select: { opensAt: true, closesAt: true, minimumAge: true, choices: true },
    locale: 'zh',
    fallbackLocale: 'zh',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const call = docs[0]
  if (!call) return undefined
  return { id: call.id, isOpen: isCallOpen(call, now), ...callRules(call) }
}
