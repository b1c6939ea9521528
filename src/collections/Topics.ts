import type { CollectionConfig } from 'payload'

import { anyone, staff } from '@/access'
import { localizedText, localizedTextarea } from '@/fields/common'
import { slugFields } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateTag'
import { cacheTags } from '@/lib/content/tags'

export const Topics: CollectionConfig = {
  slug: 'topics',
  labels: { singular: { zh: '主题', en: 'Topic' }, plural: { zh: '主题', en: 'Topics' } },
  admin: { useAsTitle: 'name', group: { zh: '分类', en: 'Taxonomies' }, defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateAfterChange(cacheTags.topics)], afterDelete: [revalidateAfterDelete(cacheTags.topics)] },
  fields: [
    localizedText('name', { zh: '名称', en: 'Name' }, { required: true, maxLength: 40 }),
    ...slugFields('name'),
    localizedTextarea('description', { zh: '说明', en: 'Description' }, { maxLength: 300 }),
  ],
}
