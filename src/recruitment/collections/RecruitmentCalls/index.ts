import type { CollectionConfig } from 'payload'

import { writtenByStaff } from '@/access'
import { contactField, localizedText, localizedTextarea, richTextField, summaryField, titleField } from '@/fields/common'
import { DEFAULT_MINIMUM_AGE, MINIMUM_AGES } from '@/recruitment/options'
import { publishing } from '@/fields/publishing'
import { searchPinyinField } from '@/fields/searchPinyin'
import { slugFields } from '@/fields/slug'
import { requireDateOrder } from '@/hooks/requireDateOrder'
import { posterButtonField, posterEndpoint } from '@/print/posterEndpoint'

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
  endpoints: [posterEndpoint('recruitment-calls')],
  versions: shared.versions,
  hooks: { ...shared.hooks, beforeValidate: [requireDateOrder('opensAt', 'closesAt', '截止时间不能早于开始报名时间 / The closing date must not be before the opening date')] },
  fields: [
    posterButtonField('recruitment-calls'),
    titleField(),
    searchPinyinField(),
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
      name: 'minimumAge',
      type: 'number',
      defaultValue: DEFAULT_MINIMUM_AGE,
      label: { zh: '最低年龄', en: 'Minimum age' },
      admin: { description: { zh: '年满多少岁才能报名：14、16 或 18。报名表只列出符合的年龄段。', en: 'How old applicants must be: 14, 16 or 18. The form offers only the age ranges that qualify.' } },
      validate: (value: number | null | undefined) =>
        value == null || (MINIMUM_AGES as readonly number[]).includes(value) ? true : '请填 14、16 或 18 / Please enter 14, 16 or 18',
    },
    {
      name: 'choices',
      type: 'array',
      maxRows: 12,
      label: { zh: '可选项目', en: 'Choices' },
      labels: { singular: { zh: '选项', en: 'Choice' }, plural: { zh: '选项', en: 'Choices' } },
      admin: {
        description: {
          zh: '这次招募包含几个岗位或活动、报名人只能选一项时填写（例如“冬至家宴”“邻里节”）；报名表会要求选一项，报名记录会存下选了哪一项。',
          en: 'When the call covers several roles or activities and people choose one (e.g. “Winter solstice dinner”, “Neighbours’ festival”): the form asks for one, and the application records which.',
        },
      },
      fields: [localizedText('label', { zh: '名称', en: 'Name' }, { required: true, maxLength: 80 })],
    },
    localizedTextarea('nextSteps', { zh: '接下来的安排', en: 'Next steps' }, {
      maxLength: 1000,
      description: { zh: '培训日期、截止时间、时间段等，一行一项：显示在报名成功页和确认邮件里。', en: 'Training date, deadline, time slots…, one per line: shown on the thanks page and in the confirmation mail.' },
    }),
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
