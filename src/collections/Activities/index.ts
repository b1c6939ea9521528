import type { CollectionConfig } from 'payload'

import { draftedByContributors } from '@/access'
import { contactField, coverField, localizedText, richTextField, summaryField, titleField } from '@/fields/common'
import { publishing } from '@/fields/publishing'
import { searchPinyinField } from '@/fields/searchPinyin'
import { slugFields } from '@/fields/slug'
import { contributorsCannotPublish } from '@/hooks/contributorsCannotPublish'
import { requireDateOrder } from '@/hooks/requireDateOrder'
import { posterButtonField, posterEndpoint } from '@/print/posterEndpoint'
import { activitySignupField } from '@/signup/fields'
import { activitySignupChanges } from '@/signup/hooks/activitySignupChanges'
import { activityKinds, festivals } from './kinds'

const shared = publishing('activities')
const shanghaiTime = { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy年M月d日 HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 } as const

export const Activities: CollectionConfig = {
  slug: 'activities',
  labels: { singular: { zh: '活动公告', en: 'Activity' }, plural: { zh: '活动公告', en: 'Activities' } },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    group: { zh: '内容', en: 'Content' },
    defaultColumns: ['title', 'kind', 'startsAt', '_status'],
    listSearchableFields: ['title', 'summary', 'slug'],
  },
  defaultSort: '-startsAt',
  access: draftedByContributors,
  endpoints: [posterEndpoint('activities')],
  versions: shared.versions,
  hooks: { ...shared.hooks, afterChange: [...(shared.hooks.afterChange ?? []), activitySignupChanges], beforeChange: [contributorsCannotPublish], beforeValidate: [requireDateOrder('startsAt', 'endsAt', '结束时间不能早于开始时间 / The end must not be before the start')] },
  fields: [
    posterButtonField('activities'),
    titleField(),
    searchPinyinField(),
    ...slugFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          index: true,
          label: { zh: '活动类型', en: 'Kind' },
          options: activityKinds.map((k) => ({ value: k.value, label: k.label })),
        },
        {
          name: 'festival',
          type: 'select',
          label: { zh: '节日', en: 'Festival' },
          options: festivals.map((f) => ({ value: f.value, label: f.label })),
          admin: { condition: (_data, sibling) => sibling?.kind === 'festival' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: { zh: '开始时间', en: 'Starts' },
          admin: { date: shanghaiTime },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: { zh: '结束时间', en: 'Ends' },
          admin: { date: shanghaiTime },
        },
      ],
    },
    localizedText('place', { zh: '地点', en: 'Place' }, {
      maxLength: 120,
      description: { zh: '留空表示在本队活动阵地（见站点设置中的地址）。', en: "Leave empty for the team's own space (the address in site settings)." },
    }),
    summaryField(),
    coverField(),
    richTextField('body', { zh: '详细介绍', en: 'Details' }),
    localizedText('organiser', { zh: '主办', en: 'Organiser' }, { maxLength: 120 }),
    {
      name: 'partners',
      type: 'array',
      label: { zh: '协办与合作方', en: 'Partners' },
      maxRows: 20,
      fields: [localizedText('name', { zh: '名称', en: 'Name' }, { required: true, maxLength: 80 })],
    },
    localizedText('audience', { zh: '面向人群', en: 'Who it is for' }, { maxLength: 120 }),
    {
      name: 'capacity',
      type: 'number',
      min: 1,
      max: 10000,
      label: { zh: '名额', en: 'Places' },
      admin: { description: { zh: '不限名额请留空。', en: 'Leave empty when there is no limit.' } },
    },
    contactField(),
    activitySignupField(),
    {
      name: 'reportStory',
      type: 'relationship',
      relationTo: 'stories',
      label: { zh: '活动回顾故事', en: 'Story reporting on it' },
      admin: { position: 'sidebar', description: { zh: '活动结束后，可关联记录它的志愿者故事。', en: 'After the activity, link the story that reports on it.' } },
    },
  ],
}
