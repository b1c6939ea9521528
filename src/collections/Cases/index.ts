import type { CollectionConfig } from 'payload'

import { writtenByStaff } from '@/access'
import { coverField, localizedText, richTextField, publishedAtField, summaryField, titleField, topicsField } from '@/fields/common'
import { publishing } from '@/fields/publishing'
import { searchPinyinField } from '@/fields/searchPinyin'
import { slugFields } from '@/fields/slug'

const shared = publishing('cases')

export const Cases: CollectionConfig = {
  slug: 'cases',
  labels: { singular: { zh: '案例', en: 'Case' }, plural: { zh: '案例', en: 'Cases' } },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    group: { zh: '内容', en: 'Content' },
    defaultColumns: ['title', 'organisation', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary', 'slug'],
  },
  defaultSort: '-publishedAt',
  access: writtenByStaff,
  versions: shared.versions,
  hooks: shared.hooks,
  fields: [
    titleField(),
    searchPinyinField(),
    ...slugFields(),
    localizedText('organisation', { zh: '机构', en: 'Organisation' }, { maxLength: 120 }),
    localizedText('author', { zh: '作者', en: 'Author' }, { maxLength: 60 }),
    summaryField(),
    coverField(),
    richTextField('background', { zh: '背景和思路', en: 'Background and approach' }),
    richTextField('practice', { zh: '做法和过程', en: 'Practice' }),
    richTextField('outcomes', { zh: '成效', en: 'Outcomes' }),
    richTextField('lessons', { zh: '经验和启示', en: 'Lessons' }),
    {
      name: 'keyFigures',
      type: 'array',
      label: { zh: '关键数字', en: 'Key figures' },
      maxRows: 8,
      fields: [
        { name: 'value', type: 'text', required: true, maxLength: 20, label: { zh: '数字', en: 'Figure' } },
        localizedText('label', { zh: '说明', en: 'Label' }, { required: true, maxLength: 60 }),
      ],
    },
    {
      name: 'attachment',
      type: 'upload',
      relationTo: 'media',
      label: { zh: 'PDF 附件', en: 'PDF attachment' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    topicsField(),
    publishedAtField(),
  ],
}
