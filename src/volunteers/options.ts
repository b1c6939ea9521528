export const volunteerStatuses = [
  { value: 'core', label: { zh: '骨干', en: 'Core' } },
  { value: 'regular', label: { zh: '常规', en: 'Regular' } },
  { value: 'occasional', label: { zh: '偶尔参加', en: 'Occasional' } },
  { value: 'paused', label: { zh: '暂停', en: 'Paused' } },
  { value: 'left', label: { zh: '已离队', en: 'Left' } },
] as const
export type VolunteerStatus = (typeof volunteerStatuses)[number]['value']
/** Statuses that count as active for the dashboard and the about page. */
export const activeStatuses: VolunteerStatus[] = ['core', 'regular', 'occasional']

export const dutyRoles = [
  { value: 'door', label: { zh: '开门值班', en: 'Opening and duty' } },
  { value: 'tea', label: { zh: '茶座', en: 'Tea corner' } },
  { value: 'dumplings', label: { zh: '包饺子', en: 'Making dumplings' } },
  { value: 'escort', label: { zh: '接送老人', en: 'Accompanying older people' } },
  { value: 'sign-in', label: { zh: '签到接待', en: 'Welcome and sign-in' } },
  { value: 'photos', label: { zh: '拍照记录', en: 'Photos' } },
  { value: 'other', label: { zh: '其他', en: 'Other' } },
] as const

export const isStaffRole = (user: unknown): boolean => ['admin', 'editor'].includes((user as { role?: string; collection?: string } | null)?.role ?? '')
