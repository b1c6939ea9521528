import type { CollectionConfig, FieldAccess } from 'payload'

import { admins, nobody, staff } from '@/access'
import { recordPersonalDataAccess } from '@/audit'
import { attendanceOptions, mobilityOptions, signupStatuses, toPhoneReasons } from '../../options'
import { promoteAfterDelete } from './hooks/promoteAfterDelete'

const never: FieldAccess = () => false
/** Counted fields change only through the sign-up commands (src/signup/commands.ts), under the activity's lock. */
const commandsOnly = { create: never, update: never }
const hidden = { read: never, create: never, update: never }

const isStaff = (user: unknown) => ['admin', 'editor'].includes((user as { role?: string } | null)?.role ?? '')

/**
 * 活动报名 — residents signed up for an activity. Personal data: only admins and social workers
 * (editors) read it, never through a public route. Nobody creates one through the API: online
 * sign-ups come through the public form and phone sign-ups through the staff overview, both via
 * the commands that hold the activity's lock, so capacity is never oversold.
 */
export const Signups: CollectionConfig = {
  slug: 'signups',
  labels: { singular: { zh: '活动报名', en: 'Sign-up' }, plural: { zh: '活动报名', en: 'Sign-ups' } },
  admin: {
    useAsTitle: 'reference',
    group: { zh: '活动', en: 'Activities' },
    hidden: ({ user }) => !isStaff(user),
    defaultColumns: ['reference', 'activity', 'name', 'partySize', 'status', 'toPhone', 'attendance', 'createdAt'],
    listSearchableFields: ['reference', 'name', 'phone'],
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/components/admin/signups/SignupLinks#SignupLinks'] },
    description: {
      zh: '报名信息属于个人信息，只用于联系和安排活动。活动结束后到保存期限会自动匿名处理，只保留人数。',
      en: 'Sign-ups hold personal data, used only for the activity. They are anonymised after the retention period; counts stay.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: staff, create: nobody, update: staff, delete: admins, readVersions: nobody },
  hooks: { afterDelete: [promoteAfterDelete], afterOperation: [recordPersonalDataAccess] },
  fields: [
    { name: 'reference', type: 'text', unique: true, index: true, label: { zh: '报名编号', en: 'Reference' }, access: commandsOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'token', type: 'text', unique: true, access: hidden, admin: { hidden: true } },
    { name: 'activity', type: 'relationship', relationTo: 'activities', required: true, index: true, label: { zh: '活动', en: 'Activity' }, access: commandsOnly, admin: { readOnly: true } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'confirmed',
      label: { zh: '状态', en: 'Status' },
      options: signupStatuses.map((s) => ({ value: s.value, label: s.label })),
      access: commandsOnly,
      admin: { readOnly: true, position: 'sidebar', description: { zh: '请在“报名管理”页面取消或转正。', en: 'Cancel or move up from the sign-up overview.' } },
    },
    { name: 'source', type: 'select', defaultValue: 'online', options: [{ value: 'online', label: { zh: '网上', en: 'Online' } }, { value: 'phone', label: { zh: '电话', en: 'Phone' } }], label: { zh: '来源', en: 'Source' }, access: commandsOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'partySize', type: 'number', required: true, min: 1, label: { zh: '人数', en: 'Party' }, access: commandsOnly, admin: { readOnly: true } },
    { name: 'name', type: 'text', required: true, maxLength: 60, label: { zh: '姓名', en: 'Name' } },
    { name: 'phone', type: 'text', maxLength: 20, label: { zh: '手机号', en: 'Mobile' } },
    { name: 'email', type: 'email', label: { zh: '邮箱', en: 'Email' } },
    { name: 'pickup', type: 'checkbox', label: { zh: '需要接送', en: 'Needs picking up' } },
    { name: 'diet', type: 'text', maxLength: 120, label: { zh: '忌口', en: 'Food restrictions' } },
    { name: 'mobility', type: 'select', options: mobilityOptions.map((o) => ({ value: o.value, label: o.label })), label: { zh: '行动不便 / 轮椅', en: 'Mobility' } },
    { name: 'note', type: 'textarea', maxLength: 500, label: { zh: '其他说明', en: 'Note' } },
    { name: 'staffNotes', type: 'textarea', maxLength: 2000, label: { zh: '社工备注', en: 'Staff notes' } },
    {
      type: 'row',
      fields: [
        { name: 'toPhone', type: 'checkbox', index: true, label: { zh: '需电话通知', en: 'To phone' } },
        { name: 'toPhoneReason', type: 'select', options: toPhoneReasons.map((o) => ({ value: o.value, label: o.label })), label: { zh: '通知原因', en: 'Why' } },
      ],
    },
    { name: 'attendance', type: 'select', options: attendanceOptions.map((o) => ({ value: o.value, label: o.label })), label: { zh: '签到', en: 'Attendance' }, admin: { position: 'sidebar' } },
    { name: 'checkedInAt', type: 'date', label: { zh: '签到时间', en: 'Checked in' }, access: commandsOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'checkedOutAt', type: 'date', label: { zh: '签退时间', en: 'Checked out' }, access: commandsOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'confirmedAt', type: 'date', access: commandsOnly, label: { zh: '确认时间', en: 'Confirmed' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'cancelledAt', type: 'date', access: commandsOnly, label: { zh: '取消时间', en: 'Cancelled' }, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'locale', type: 'select', defaultValue: 'zh', options: ['zh', 'en'], access: commandsOnly, admin: { hidden: true } },
    { name: 'consentAt', type: 'date', access: commandsOnly, admin: { hidden: true } },
    { name: 'reminderSentFor', type: 'date', access: commandsOnly, admin: { hidden: true } },
    { name: 'idempotencyKey', type: 'text', unique: true, access: hidden, admin: { hidden: true } },
    { name: 'anonymisedAt', type: 'date', access: commandsOnly, label: { zh: '匿名处理时间', en: 'Anonymised' }, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
