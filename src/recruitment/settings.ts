import type { Payload } from 'payload'

import type { Locale } from '@/lib/content/paths'
import { defaultPrivacyNotice } from './messages'

export type PrivacyNotice = { text: string; version: number }
export type CourtyardOption = { id: number; name: string }

/** The settings with staff addresses: read on the server only, with access overridden. */
export async function readRecruitmentSettings(payload: Payload, locale: Locale = 'zh') {
  const settings = await payload.findGlobal({ slug: 'recruitment-settings', locale, fallbackLocale: 'zh', depth: 0, overrideAccess: true })
  return {
    notice: { text: settings.privacyNotice || defaultPrivacyNotice[locale], version: settings.noticeVersion ?? 1 } satisfies PrivacyNotice,
    notificationEmails: (settings.notificationEmails ?? []).map((row) => row.email).filter(Boolean),
    retentionDays: settings.retentionDays ?? 180,
  }
}

export async function readCourtyards(payload: Payload, locale: Locale): Promise<CourtyardOption[]> {
  const { docs } = await payload.find({ collection: 'courtyards', locale, fallbackLocale: 'zh', depth: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false })
  return docs.map((d) => ({ id: d.id, name: d.name }))
}
