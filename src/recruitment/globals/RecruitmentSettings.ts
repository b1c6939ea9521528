import type { GlobalBeforeChangeHook, GlobalConfig } from 'payload'

import { staff } from '@/access'
import { revalidateGlobal } from '@/hooks/revalidateTag'
import { cacheTags } from '@/lib/content/tags'
import { defaultPrivacyNotice } from '@/recruitment/messages'
import { asLocale } from '@/lib/i18n'

/** A new notice version whenever the wording changes in any language: each application records the version it agreed to. */
const bumpNoticeVersion: GlobalBeforeChangeHook = ({ data, originalDoc, req }) => {
  const before = ((originalDoc?.privacyNotice as string | undefined) || defaultPrivacyNotice[asLocale(req.locale)]).trim()
  const after = ((data.privacyNotice as string | undefined) ?? before).trim()
  const current = Number(originalDoc?.noticeVersion ?? 1) || 1
  if (after === before) return { ...data, noticeVersion: current }
  return { ...data, noticeVersion: current + 1, noticeChangedAt: new Date().toISOString() }
}

/** 招募设置: not public (it lists staff addresses); the form reads the notice on the server. */
export const RecruitmentSettings: GlobalConfig = {
  slug: 'recruitment-settings',
  label: { zh: '招募设置', en: 'Recruitment settings' },
  admin: { group: { zh: '设置', en: 'Settings' } },
  access: { read: staff, update: staff },
  hooks: { beforeChange: [bumpNoticeVersion], afterChange: [revalidateGlobal(cacheTags.recruitmentSettings)] },
  fields: [
    {
      name: 'privacyNotice',
      type: 'textarea',
      localized: true,
      required: true,
      maxLength: 2000,
      label: { zh: '个人信息说明', en: 'Privacy notice' },
      defaultValue: ({ locale }: { locale?: string }) => defaultPrivacyNotice[asLocale(locale)],
      admin: {
        rows: 8,
        description: {
          zh: '显示在报名表的同意框旁边：谁收集、为什么、保存多久、怎样撤回。修改后版本号自动加一。',
          en: 'Shown beside the consent box: who collects, why, how long it is kept, how to withdraw. Editing it raises the version.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'noticeVersion', type: 'number', defaultValue: 1, label: { zh: '说明版本', en: 'Notice version' }, admin: { readOnly: true } },
        { name: 'noticeChangedAt', type: 'date', label: { zh: '最近修改', en: 'Last changed' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'notificationEmails',
      type: 'array',
      label: { zh: '新报名通知邮箱', en: 'Notify about new applications' },
      labels: { singular: { zh: '邮箱', en: 'Address' }, plural: { zh: '邮箱', en: 'Addresses' } },
      maxRows: 20,
      admin: { description: { zh: '社工的邮箱：每有一份新报名就发邮件通知。', en: 'Social workers’ addresses, emailed for each new application.' } },
      fields: [{ name: 'email', type: 'email', required: true, label: { zh: '邮箱', en: 'Email' } }],
    },
    {
      name: 'retentionDays',
      type: 'number',
      required: true,
      defaultValue: 180,
      min: 1,
      max: 3650,
      label: { zh: '保存期限（天）', en: 'Retention (days)' },
      admin: {
        description: {
          zh: '未录用或已撤回的报名，超过这个天数后自动匿名处理（删除姓名、电话等个人信息）。',
          en: 'Declined and withdrawn applications are anonymised (name, phone and other personal data removed) after this many days.',
        },
      },
    },
  ],
}
