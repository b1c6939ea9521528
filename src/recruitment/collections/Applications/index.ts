import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, staff, staffField } from '@/access'
import { recordPersonalDataAccess } from '@/audit'
import { availability, skills, statuses, storedAgeRanges } from '@/recruitment/options'
import { normalisePhone as isPhone } from '@/recruitment/phone'
import { exportCsv } from './endpoints/exportCsv'
import { assignReference } from './hooks/assignReference'
import { computeDaysWaiting } from './hooks/daysWaiting'
import { normalisePhone } from './hooks/normalisePhone'
import { recordStatusChange } from './hooks/recordStatusChange'
import { removeQueuedMails } from './hooks/removeQueuedMails'
import { volunteerOnAccept } from '@/volunteers/fromApplication'

const never: FieldAccess = () => false
/** Set once, when the application comes in; staff may fill them in for a paper form. */
const setOnCreate = { create: staffField, update: never }
const systemOnly = { create: never, update: never }
const hiddenSystem = { read: never, create: never, update: never }

const isStaff = (user: unknown) => ['admin', 'editor'].includes((user as { role?: string } | null)?.role ?? '')

/**
 * 报名 — what newcomers submit. Personal data: only admins and social workers (editors) ever read it.
 * Public submissions never reach this collection's API: they go through the apply route
 * (`src/recruitment/submit.ts`), whose store writes in one SQL statement and applies the same rules
 * as this collection's hooks (reference, status history, phone: `src/recruitment/rules.ts`).
 */
export const Applications: CollectionConfig = {
  slug: 'applications',
  labels: { singular: { zh: '报名', en: 'Application' }, plural: { zh: '报名', en: 'Applications' } },
  admin: {
    useAsTitle: 'reference',
    group: { zh: '招募', en: 'Recruitment' },
    hidden: ({ user }) => !isStaff(user),
    // Seven columns fit a 1280 px screen with the sidebar open; the phone is what a social worker needs first.
    defaultColumns: ['reference', 'name', 'phone', 'call', 'status', 'daysWaiting', 'submittedAt'],
    listSearchableFields: ['reference', 'name', 'phone', 'referrer'],
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/components/admin/applications/StatusTabs#StatusTabs', '/components/admin/applications/ExportCsvButton#ExportCsvButton'] },
    description: {
      zh: '报名信息属于个人信息，只用于联系和安排志愿服务。未录用和已撤回的报名到保存期限后会自动匿名处理。',
      en: 'Applications hold personal data, used only to contact and place volunteers. Declined and withdrawn ones are anonymised after the retention period.',
    },
  },
  defaultSort: '-submittedAt',
  access: { read: staff, create: staff, update: staff, delete: staff, readVersions: nobody },
  endpoints: [exportCsv],
  hooks: { beforeChange: [assignReference, recordStatusChange], afterChange: [volunteerOnAccept], afterDelete: [removeQueuedMails], afterOperation: [recordPersonalDataAccess] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '报名编号', en: 'Reference' },
      access: systemOnly,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: statuses.map((s) => ({ value: s.value, label: s.label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'mentor',
      type: 'relationship',
      relationTo: 'volunteers',
      label: { zh: '带教老队员', en: 'Mentor' },
      admin: { position: 'sidebar', description: { zh: '老带新：由哪位队员带这位新人。', en: 'The team member who will show them the ropes.' } },
    },
    {
      name: 'volunteer',
      type: 'relationship',
      relationTo: 'volunteers',
      label: { zh: '名册中的志愿者', en: 'In the roster as' },
      access: systemOnly,
      admin: { position: 'sidebar', readOnly: true, description: { zh: '状态改为“已加入”并保存时自动加入志愿者名册。', en: 'Set to “Accepted” and save: the volunteer is added to the roster.' } },
    },
    {
      name: 'daysWaiting',
      type: 'number',
      virtual: true,
      label: { zh: '等待天数', en: 'Days waiting' },
      access: systemOnly,
      hooks: { afterRead: [computeDaysWaiting] },
      admin: { readOnly: true, position: 'sidebar', components: { Cell: '/components/admin/applications/DaysWaitingCell#DaysWaitingCell' } },
    },
    {
      name: 'submittedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { zh: '报名时间', en: 'Submitted' },
      access: setOnCreate,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'source',
      type: 'select',
      required: true,
      defaultValue: 'paper',
      index: true,
      label: { zh: '来源', en: 'Source' },
      options: [
        { value: 'online', label: { zh: '网上报名', en: 'Online' } },
        { value: 'paper', label: { zh: '纸质报名表', en: 'Paper form' } },
      ],
      access: setOnCreate,
      admin: { position: 'sidebar', description: { zh: '在后台录入的纸质报名表选“纸质报名表”。', en: 'Applications typed in from paper are “Paper form”.' } },
    },
    {
      name: 'proofOfWork',
      type: 'select',
      label: { zh: '人机验证', en: 'Bot check' },
      options: [
        { value: 'verified', label: { zh: '已通过', en: 'Passed' } },
        { value: 'unverified', label: { zh: '未验证（浏览器未运行脚本）', en: 'Not run (JavaScript off)' } },
      ],
      access: systemOnly,
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => data?.source === 'online',
        description: { zh: '“未验证”的报名可能是真人，也可能是垃圾信息，联系前请留意。', en: 'An unverified application may be a real person or spam: check before relying on it.' },
      },
    },
    {
      name: 'call',
      type: 'relationship',
      relationTo: 'recruitment-calls',
      index: true,
      label: { zh: '招募岗位', en: 'Recruitment call' },
      admin: { description: { zh: '空着表示“加入我们”通用报名。', en: 'Empty for the general “join the team” form.' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 40, label: { zh: '姓名', en: 'Name' } },
        {
          name: 'phone',
          type: 'text',
          maxLength: 20,
          index: true,
          label: { zh: '手机号', en: 'Mobile phone' },
          hooks: { beforeValidate: [normalisePhone] },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData.anonymisedAt) return true
            if (!value) return '请填写手机号 / A mobile number is required'
            return isPhone(String(value)) ? true : '请填写11位手机号 / Enter an 11-digit mainland mobile number'
          },
        },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'courtyard', type: 'relationship', relationTo: 'courtyards', index: true, label: { zh: '院落', en: 'Courtyard' } },
        { name: 'courtyardOther', type: 'text', maxLength: 60, label: { zh: '其他院落或住址', en: 'Other courtyard or address' } },
        {
          name: 'ageRange',
          type: 'select',
          label: { zh: '年龄段', en: 'Age' },
          options: storedAgeRanges.map((a) => ({ value: a.value, label: a.label })),
        },
      ],
    },
    {
      name: 'choice',
      type: 'text',
      maxLength: 80,
      label: { zh: '报名项目', en: 'Chosen' },
      admin: { description: { zh: '招募提供多个选项时，报名人选的那一项（提交时的名称）。', en: 'When the call offers choices, the one chosen (its name when the application was sent).' } },
    },
    {
      name: 'skills',
      type: 'select',
      hasMany: true,
      label: { zh: '擅长或想做的事', en: 'Skills and interests' },
      options: skills.map((s) => ({ value: s.value, label: s.label })),
    },
    { name: 'skillsNote', type: 'textarea', maxLength: 300, label: { zh: '其他特长或兴趣', en: 'Other skills or interests' } },
    {
      name: 'availability',
      type: 'select',
      hasMany: true,
      label: { zh: '方便的时间', en: 'Availability' },
      options: availability.map((a) => ({ value: a.value, label: a.label })),
    },
    { name: 'referrer', type: 'text', maxLength: 40, label: { zh: '介绍人（老带新）', en: 'Referred by' } },
    { name: 'message', type: 'textarea', maxLength: 1000, label: { zh: '留言', en: 'Message' } },
    { name: 'notes', type: 'textarea', maxLength: 4000, label: { zh: '社工备注', en: 'Staff notes' } },
    {
      name: 'consent',
      type: 'group',
      label: { zh: '个人信息同意', en: 'Consent' },
      admin: { description: { zh: '网上报名时同意的个人信息说明版本和时间。', en: 'The privacy notice version agreed to online, and when.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'noticeVersion', type: 'number', label: { zh: '说明版本', en: 'Notice version' }, access: systemOnly, admin: { readOnly: true } },
            { name: 'agreedAt', type: 'date', label: { zh: '同意时间', en: 'Agreed at' }, access: systemOnly, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
            {
              name: 'locale',
              type: 'select',
              label: { zh: '报名语言', en: 'Language' },
              options: [
                { value: 'zh', label: '中文' },
                { value: 'en', label: 'English' },
              ],
              access: systemOnly,
              admin: { readOnly: true },
            },
          ],
        },
        {
          name: 'onPaper',
          type: 'checkbox',
          label: { zh: '已在纸质报名表上签字同意', en: 'Consent signed on the paper form' },
          access: setOnCreate,
          admin: { condition: (data) => data?.source === 'paper' },
          validate: (value: unknown, { data }: { data: Record<string, unknown> }) =>
            data.source !== 'paper' || data.anonymisedAt || value === true ? true : '请确认报名人已在纸质表上签字同意 / Confirm the applicant signed the consent on paper',
        },
      ],
    },
    {
      name: 'statusHistory',
      type: 'array',
      label: { zh: '状态记录', en: 'Status history' },
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'status', type: 'select', required: true, options: statuses.map((s) => ({ value: s.value, label: s.label })), label: { zh: '状态', en: 'Status' } },
            { name: 'changedAt', type: 'date', required: true, label: { zh: '时间', en: 'When' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'changedBy', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' } },
          ],
        },
      ],
    },
    { name: 'statusChangedAt', type: 'date', index: true, access: systemOnly, admin: { hidden: true } },
    { name: 'anonymisedAt', type: 'date', label: { zh: '匿名处理时间', en: 'Anonymised at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.anonymisedAt) } },
    { name: 'idempotencyKey', type: 'text', unique: true, access: hiddenSystem, admin: { hidden: true } },
    { name: 'proofOfWorkId', type: 'text', unique: true, access: hiddenSystem, admin: { hidden: true } },
  ],
}
