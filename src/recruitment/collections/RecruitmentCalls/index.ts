import type { CollectionConfig } from 'payload'

import { writtenByStaff } from '@/access'
import { contactField, localizedText, richTextField, summaryField, titleField } from '@/fields/common'
import { publishing } from '@/fields/publishing'
import { slugFields } from '@/fields/slug'
import { requireDateOrder } from '@/hooks/requireDateOrder'

const shared = publishing('recruitment-calls')

export const RecruitmentCalls: CollectionConfig = {
  slug: 'recruitment-calls',
  labels: { singular: { zh: '志愿者招募', en: 'Recruitment call' }, plural: { zh: '志愿者招募', en: 'Recruitment calls' } },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    group: { zh: '内容', en: 'Content' },
    defaultColumns: ['title', 'opensAt', 'closesAt', 'peopleWanted', '_status'],
    listSearchableFields: ['title', 'role', 'slug'],
  },
  defaultSort: '-opensAt',
  access: writtenByStaff,
  versions: shared.versions,
  hooks: { ...shared.hooks, beforeValidate: [requireDateOrder('opensAt', 'closesAt', '截止时间不能早于开始报名时间 / The closing date must not be before the opening date')] },
  fields: [
    titleField(),
    ...slugFields(),
    localizedText('role', { zh: '岗位', en: 'Role' }, { required: true, maxLength: 80 }),
    summaryField(),
    richTextField('duties', { zh: '岗位职责', en: 'Duties' }),
    richTextField('requirements', { zh: '报名要求', en: 'Requirements' }),
    localizedText('timeCommitment', { zh: '时间投入', en: 'Time commitment' }, { maxLength: 120 }),
    {
      name: 'peopleWanted',
      type: 'number',
      min: 1,
      max: 1000,
      label: { zh: '招募人数', en: 'People wanted' },
    },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', required: true, index: true, label: { zh: '开始报名', en: 'Opens' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'closesAt', type: 'date', required: true, index: true, label: { zh: '截止报名', en: 'Closes' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      name: 'activity',
      type: 'relationship',
      relationTo: 'activities',
      label: { zh: '相关活动', en: 'Related activity' },
      admin: { position: 'sidebar' },
    },
    contactField(),
  ],
}
