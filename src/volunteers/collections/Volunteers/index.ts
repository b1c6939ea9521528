import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, staff } from '@/access'
import { recordPersonalDataAccess } from '@/audit'
import { availability, skills } from '@/recruitment/options'
import { normalisePhone as isPhone } from '@/recruitment/phone'
import { isStaffRole, volunteerStatuses } from '../../options'
import { exportVolunteersCsv } from '../../endpoints/exportCsv'
import { revealIdNumber } from '../../endpoints/revealIdNumber'
import { fromApplication } from '../../endpoints/fromApplication'
import { encryptIdField } from './hooks/encryptIdField'
import { ensureLinkToken } from './hooks/linkToken'
import { refuseDeleteWithRecords } from './hooks/keepRecords'
import { linkSlipEndpoint, renewLinkEndpoint } from '../../ownLink'
import { figuresCsvEndpoint } from '../../endpoints/figuresCsv'
import { anonymiseEndpoint } from '../../anonymise'

const never: FieldAccess = () => false
const hiddenSystem = { read: never, create: never, update: never }

/**
 * 志愿者名册 — the team's roster. Personal data: only admins and social workers (editors) read it,
 * over every API. Most volunteers have no account; one can be linked to a user.
 * The ID-card number (only with explicit consent) is stored encrypted (see idNumber.ts); lists,
 * exports and the API show only its masked form; revealing it writes an audit entry.
 */
export const Volunteers: CollectionConfig = {
  slug: 'volunteers',
  labels: { singular: { zh: '志愿者', en: 'Volunteer' }, plural: { zh: '志愿者名册', en: 'Volunteer roster' } },
  admin: {
    useAsTitle: 'name',
    group: { zh: '志愿者队伍', en: 'The team' },
    hidden: ({ user }) => !isStaffRole(user),
    defaultColumns: ['name', 'status', 'courtyard', 'mobile', 'joinedAt', 'mentor'],
    listSearchableFields: ['name', 'mobile'],
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/volunteers/components/ExportButtons#VolunteerExportButtons'] },
    description: {
      zh: '志愿者名册属于个人信息，只有管理员和社工可以查看。导出的表格用于手工录入全国志愿服务信息系统（是导出，不是同步）。',
      en: 'The roster is personal data: only admins and social workers see it. Exports are for typing into the national volunteer service information system by hand (an export, not a sync).',
    },
  },
  defaultSort: 'name',
  access: { read: staff, create: staff, update: staff, delete: staff, readVersions: nobody },
  endpoints: [exportVolunteersCsv, revealIdNumber, fromApplication, renewLinkEndpoint, linkSlipEndpoint, figuresCsvEndpoint, anonymiseEndpoint],
  hooks: { beforeChange: [encryptIdField, ensureLinkToken], beforeDelete: [refuseDeleteWithRecords], afterOperation: [recordPersonalDataAccess] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 40, index: true, label: { zh: '姓名', en: 'Name' } },
        {
          name: 'mobile',
          type: 'text',
          maxLength: 20,
          index: true,
          label: { zh: '手机号', en: 'Mobile phone' },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (siblingData.anonymisedAt || !value) return true
            return isPhone(String(value)) ? true : '请填写11位手机号 / Enter an 11-digit mainland mobile number'
          },
        },
        { name: 'email', type: 'email', label: { zh: '电子邮箱（可选）', en: 'Email (optional)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'courtyard', type: 'relationship', relationTo: 'courtyards', index: true, label: { zh: '院落', en: 'Courtyard' } },
        { name: 'joinedAt', type: 'date', index: true, label: { zh: '加入日期', en: 'Joined' }, defaultValue: () => new Date().toISOString(), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'regular',
      index: true,
      label: { zh: '状态', en: 'Status' },
      options: volunteerStatuses.map((s) => ({ value: s.value, label: s.label })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'mentor',
      type: 'relationship',
      relationTo: 'volunteers',
      index: true,
      label: { zh: '带教老队员', en: 'Mentor' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
      admin: { position: 'sidebar', description: { zh: '老带新：由哪位队员带这位新人。', en: 'The member who shows them the ropes.' } },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '关联的后台账号', en: 'Linked account' },
      admin: { position: 'sidebar', description: { zh: '多数志愿者没有账号；写稿的骨干可以关联。', en: 'Most volunteers have none; a core member who drafts stories may be linked.' } },
    },
    {
      name: 'skills',
      type: 'select',
      hasMany: true,
      label: { zh: '特长', en: 'Skills' },
      options: skills.map((s) => ({ value: s.value, label: s.label })),
    },
    {
      name: 'availability',
      type: 'select',
      hasMany: true,
      label: { zh: '方便的时间', en: 'Availability' },
      options: availability.map((a) => ({ value: a.value, label: a.label })),
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: { zh: '备注', en: 'Note' } },
    {
      name: 'mentees',
      type: 'join',
      collection: 'volunteers',
      on: 'mentor',
      label: { zh: '带的新人', en: 'Mentees' },
      defaultLimit: 20,
    },
    {
      name: 'trainings',
      type: 'join',
      collection: 'service-records',
      on: 'volunteer',
      where: { isTraining: { equals: true } },
      label: { zh: '参加的培训', en: 'Trainings attended' },
      defaultLimit: 20,
    },
    {
      type: 'collapsible',
      label: { zh: '身份证号（敏感个人信息）', en: 'ID-card number (sensitive)' },
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'idConsent',
          type: 'checkbox',
          label: { zh: '本人已明确同意登记身份证号', en: 'The volunteer explicitly agreed to give their ID-card number' },
        },
        {
          name: 'idNumber',
          type: 'text',
          virtual: true,
          maxLength: 18,
          label: { zh: '身份证号（保存后加密，只显示掩码）', en: 'ID-card number (encrypted when saved; only its mask is shown)' },
          // Payload makes a virtual field read-only in the admin unless told otherwise: staff type the number here.
          admin: { readOnly: false, condition: (data) => Boolean(data?.idConsent), description: { zh: '留空则不改动。', en: 'Leave empty to keep it unchanged.' } },
        },
        {
          name: 'idNumberMasked',
          type: 'text',
          label: { zh: '已登记的身份证号', en: 'ID-card number on file' },
          access: { create: never, update: never },
          admin: { readOnly: true, components: { afterInput: ['/volunteers/components/RevealIdNumber#RevealIdNumber'] } },
        },
      ],
    },
    { name: 'idNumberCipher', type: 'text', access: hiddenSystem, admin: { hidden: true } },
    { name: 'linkToken', type: 'text', unique: true, index: true, access: { create: never, update: never }, admin: { hidden: true } },
    {
      name: 'ownLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/volunteers/components/OwnLink#OwnLink' } },
    },
    { name: 'anonymisedAt', type: 'date', label: { zh: '匿名处理时间', en: 'Anonymised at' }, access: { create: never, update: never }, admin: { readOnly: true, position: 'sidebar', condition: (d) => Boolean(d?.anonymisedAt) } },
  ],
}
