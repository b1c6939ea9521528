import type { GlobalConfig } from 'payload'

import { staff } from '@/access'

/** 活动报名设置: when reminders leave, when the waiting list stops moving by itself, how long sign-ups are kept. */
export const SignupSettings: GlobalConfig = {
  slug: 'signup-settings',
  label: { zh: '活动报名设置', en: 'Sign-up settings' },
  admin: { group: { zh: '设置', en: 'Settings' } },
  access: { read: staff, update: staff },
  fields: [
    {
      name: 'reminderTime',
      type: 'text',
      defaultValue: '18:00',
      required: true,
      label: { zh: '提醒邮件发送时间（活动前一天，北京时间）', en: 'Reminder time (the day before, Beijing time)' },
      validate: (value: unknown) => (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? true : '格式为 HH:MM / Use HH:MM'),
    },
    {
      name: 'moveUpCutoffHours',
      type: 'number',
      defaultValue: 24,
      min: 0,
      max: 720,
      required: true,
      label: { zh: '开始前多少小时起不再自动转正候补', en: 'Hours before the start from which the waiting list no longer moves by itself' },
      admin: { description: { zh: '此后由社工决定是否通知候补的居民。', en: 'From then on staff decide whom to call.' } },
    },
    {
      name: 'retentionDays',
      type: 'number',
      defaultValue: 90,
      min: 1,
      max: 3650,
      required: true,
      label: { zh: '活动结束多少天后匿名处理报名信息', en: 'Days after the activity when sign-ups are anonymised' },
      admin: { description: { zh: '姓名、电话等个人信息删除，人数统计保留。', en: 'Names and phones are removed; the counts stay.' } },
    },
  ],
}

export type SignupSettingsValues = { reminderTime: string; moveUpCutoffHours: number; retentionDays: number }

export async function readSignupSettings(payload: import('payload').Payload): Promise<SignupSettingsValues> {
  const s = await payload.findGlobal({ slug: 'signup-settings', depth: 0, overrideAccess: true })
  return {
    reminderTime: typeof s.reminderTime === 'string' && s.reminderTime ? s.reminderTime : '18:00',
    moveUpCutoffHours: typeof s.moveUpCutoffHours === 'number' ? s.moveUpCutoffHours : 24,
    retentionDays: typeof s.retentionDays === 'number' ? s.retentionDays : 90,
  }
}
