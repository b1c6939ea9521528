import type { Field } from 'payload'

import { questions } from './options'

/** The sign-up settings of one activity, in its own tab-like group in the admin. */
export const activitySignupField = (): Field => ({
  name: 'signup',
  type: 'group',
  label: { zh: '活动报名', en: 'Sign-up' },
  admin: { description: { zh: '居民可在网上报名；电话报名由社工在“报名管理”中代为登记。', en: 'Residents sign up online; staff add phone sign-ups in the sign-up overview.' } },
  fields: [
    { name: 'enabled', type: 'checkbox', defaultValue: false, label: { zh: '开放报名', en: 'Take sign-ups' } },
    {
      type: 'row',
      fields: [
        { name: 'maxParty', type: 'number', defaultValue: 2, min: 1, max: 10, label: { zh: '每份报名最多几人', en: 'Largest party' }, admin: { description: { zh: '如一位老人加一位陪同。', en: 'E.g. an elder and a companion.' } } },
        { name: 'heldForPhone', type: 'number', defaultValue: 0, min: 0, max: 10000, label: { zh: '留给电话报名的名额', en: 'Places held for phone sign-ups' } },
      ],
    },
    { name: 'deadline', type: 'date', label: { zh: '报名截止', en: 'Deadline' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' }, description: { zh: '留空表示活动开始前都可报名。', en: 'Empty: until the start.' } } },
    { name: 'questions', type: 'select', hasMany: true, label: { zh: '报名时询问', en: 'Questions to ask' }, options: questions.map((q) => ({ value: q.value, label: q.label })) },
    {
      name: 'cancelled',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '活动已取消', en: 'Activity cancelled' },
      admin: { description: { zh: '勾选并发布后，已报名且留了邮箱的居民会收到取消通知，不再发提醒。', en: 'Once published, everyone signed up with an email is told; no reminder goes out.' } },
    },
  ],
})
