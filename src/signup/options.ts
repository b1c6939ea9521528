import type { Locale } from '@/lib/content/paths'

type Labelled<V extends string> = { value: V; label: Record<Locale, string> }

/** The optional questions an activity may ask, chosen per activity. */
export const questions = [
  { value: 'pickup', label: { zh: '需要接送', en: 'Needs picking up' } },
  { value: 'diet', label: { zh: '忌口', en: 'Food restrictions' } },
  { value: 'mobility', label: { zh: '行动不便 / 轮椅', en: 'Mobility / wheelchair' } },
  { value: 'note', label: { zh: '其他说明', en: 'Anything else' } },
] as const satisfies readonly Labelled<string>[]
export type Question = (typeof questions)[number]['value']

export const mobilityOptions = [
  { value: 'limited', label: { zh: '行动不便', en: 'Walks with difficulty' } },
  { value: 'wheelchair', label: { zh: '坐轮椅', en: 'Wheelchair' } },
] as const satisfies readonly Labelled<string>[]

export const signupStatuses = [
  { value: 'confirmed', label: { zh: '已报名', en: 'Confirmed' } },
  { value: 'waitlisted', label: { zh: '候补', en: 'Waiting list' } },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
] as const satisfies readonly Labelled<string>[]
export type SignupStatus = (typeof signupStatuses)[number]['value']

export const attendanceOptions = [
  { value: 'attended', label: { zh: '到了', en: 'Attended' } },
  { value: 'noShow', label: { zh: '未到', en: 'No-show' } },
] as const satisfies readonly Labelled<string>[]

export const toPhoneReasons = [
  { value: 'movedUp', label: { zh: '候补转正', en: 'Moved up from the waiting list' } },
  { value: 'activityMoved', label: { zh: '活动改期或换地点', en: 'Activity moved' } },
  { value: 'activityCancelled', label: { zh: '活动取消', en: 'Activity cancelled' } },
] as const satisfies readonly Labelled<string>[]
export type ToPhoneReason = (typeof toPhoneReasons)[number]['value']

export const labelOf = (list: readonly { value: string; label: Record<Locale, string> }[], value: unknown, locale: Locale): string =>
  list.find((o) => o.value === value)?.label[locale] ?? ''
