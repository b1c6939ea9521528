import type { CollectionConfig } from 'payload'

import { draftedByContributors } from '@/access'
import { coverField, localizedText, richTextField, publishedAtField, summaryField, titleField, topicsField } from '@/fields/common'
import { publishing } from '@/fields/publishing'
import { searchPinyinField } from '@/fields/searchPinyin'
import { slugFields } from '@/fields/slug'
import { contributorsCannotPublish } from '@/hooks/contributorsCannotPublish'

const shared = publishing('stories')

export const Stories: CollectionConfig = {
  slug: 'stories',
  labels: { singular: { zh: '志愿者故事', en: 'Story' }, plural: { zh: '志愿者故事', en: 'Stories' } },
  admin: {
    ...shared.admin,
    useAsTitle: 'title',
    group: { zh: '内容', en: 'Content' },
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'slug'],
  },
  defaultSort: '-publishedAt',
  access: draftedByContributors,
  versions: shared.versions,
  hooks: { ...shared.hooks, beforeChange: [contributorsCannotPublish] },
  fields: [
    titleField(),
    searchPinyinField(),
    ...slugFields(),
    summaryField(),
    coverField(),
    richTextField('body', { zh: '正文', en: 'Body' }),
    {
      name: 'volunteers',
      type: 'array',
      label: { zh: '故事中的志愿者', en: 'Volunteers featured' },
      labels: { singular: { zh: '志愿者', en: 'Volunteer' }, plural: { zh: '志愿者', en: 'Volunteers' } },
      maxRows: 20,
      fields: [localizedText('name', { zh: '称呼', en: 'Name' }, { required: true, maxLength: 40 })],
    },
    topicsField(),
    {
      name: 'courtyard',
      type: 'relationship',
      relationTo: 'courtyards',
      label: { zh: '院落', en: 'Courtyard' },
      admin: { position: 'sidebar' },
    },
    publishedAtField(),
    localizedText('authorName', { zh: '作者署名', en: 'Byline' }, { maxLength: 60 }),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '录入人', en: 'Entered by' },
      admin: { position: 'sidebar', readOnly: true },
      hooks: { beforeChange: [({ value, req, operation }) => (operation === 'create' && req.user ? req.user.id : value)] },
      access: { read: ({ req }) => Boolean(req.user) },
    },
  ],
}
