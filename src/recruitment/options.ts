import type { Locale } from '@/lib/content/paths'

type Label = Record<Locale, string>
type Option<V extends string> = { value: V; label: Label }

/** Under-14s may not apply online (PIPL: a guardian must consent for them); the option exists so we can say so kindly. */
export const UNDER_14 = 'under-14'

/** `from`: the youngest age in the range, which a call's minimum age is compared with. */
export const ageRanges = [
  { value: UNDER_14, from: 0, label: { zh: '14岁以下', en: 'Under 14' } },
  { value: '14-15', from: 14, label: { zh: '14–15岁', en: '14–15' } },
  { value: '16-17', from: 16, label: { zh: '16–17岁', en: '16–17' } },
  { value: '18-35', from: 18, label: { zh: '18–35岁', en: '18–35' } },
  { value: '36-59', from: 36, label: { zh: '36–59岁', en: '36–59' } },
  { value: '60-69', from: 60, label: { zh: '60–69岁', en: '60–69' } },
  { value: '70-plus', from: 70, label: { zh: '70岁及以上', en: '70 or over' } },
] as const satisfies readonly (Option<string> & { from: number })[]

/** Applications made before 14–17 was split in two keep their range; it is no longer offered. */
const legacyAgeRanges = [{ value: '14-17', from: 14, label: { zh: '14–17岁', en: '14–17' } }] as const satisfies readonly (Option<string> & { from: number })[]

export type AgeRange = (typeof ageRanges)[number]['value']
/** What an application may have stored (the admin's choices, the CSV's labels). */
export const storedAgeRanges = [...ageRanges.filter((a) => a.value !== UNDER_14), ...legacyAgeRanges]

/** The youngest a call may ask for is 14 (PIPL: younger people apply with a guardian, offline); a call may ask for 16 or 18. */
export const MINIMUM_AGES = [14, 16, 18] as const
export const DEFAULT_MINIMUM_AGE = 14

/**
 * The age options a form offers for a call with this minimum age: only ranges it accepts. The
 * under-14 option stays on a form that accepts 14-year-olds, so children are told kindly whom to ask.
 */
export function ageOptionsFor(minimumAge: number = DEFAULT_MINIMUM_AGE) {
  return ageRanges.filter((a) => (a.value === UNDER_14 ? minimumAge <= DEFAULT_MINIMUM_AGE : a.from >= minimumAge))
}

export const skills = [
  { value: 'companionship', label: { zh: '陪伴聊天、上门探访', en: 'Keeping people company, home visits' } },
  { value: 'cooking', label: { zh: '帮厨做饭', en: 'Cooking and kitchen help' } },
  { value: 'events', label: { zh: '活动组织、签到接待', en: 'Organising events, welcoming guests' } },
  { value: 'media', label: { zh: '拍照、写稿、宣传', en: 'Photos, writing, publicity' } },
  { value: 'performance', label: { zh: '唱歌跳舞、文艺表演', en: 'Singing, dancing, performing' } },
  { value: 'repairs', label: { zh: '修理手艺', en: 'Fixing and mending things' } },
  { value: 'health', label: { zh: '医疗护理、健康知识', en: 'Nursing and health' } },
  { value: 'digital', label: { zh: '教老人用手机', en: 'Helping older people with phones' } },
  { value: 'tutoring', label: { zh: '辅导孩子学习', en: 'Tutoring children' } },
] as const satisfies readonly Option<string>[]

export type Skill = (typeof skills)[number]['value']

export const availability = [
  { value: 'weekday-mornings', label: { zh: '工作日上午', en: 'Weekday mornings' } },
  { value: 'weekday-afternoons', label: { zh: '工作日下午', en: 'Weekday afternoons' } },
  { value: 'weekday-evenings', label: { zh: '工作日晚上', en: 'Weekday evenings' } },
  { value: 'weekends', label: { zh: '周末', en: 'Weekends' } },
] as const satisfies readonly Option<string>[]

export type Availability = (typeof availability)[number]['value']

export const statuses = [
  { value: 'new', label: { zh: '新报名', en: 'New' } },
  { value: 'contacted', label: { zh: '已联系', en: 'Contacted' } },
  { value: 'interview', label: { zh: '面谈', en: 'Interview' } },
  { value: 'accepted', label: { zh: '已加入', en: 'Accepted' } },
  { value: 'declined', label: { zh: '未录用', en: 'Declined' } },
  { value: 'withdrawn', label: { zh: '已撤回', en: 'Withdrawn' } },
] as const satisfies readonly Option<string>[]

export type ApplicationStatus = (typeof statuses)[number]['value']
/** Applications still waiting for the team to finish with them. */
export const openStatuses: readonly ApplicationStatus[] = ['new', 'contacted', 'interview']
/** Closed without joining: their personal data is kept only for the retention period. */
export const expiringStatuses: readonly ApplicationStatus[] = ['declined', 'withdrawn']

export const OTHER_COURTYARD = 'other'

export function labelOf<V extends string>(options: readonly Option<V>[], value: string | null | undefined, locale: Locale): string {
  return options.find((o) => o.value === value)?.label[locale] ?? value ?? ''
}
