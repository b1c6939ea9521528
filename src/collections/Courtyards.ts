import type { CollectionConfig } from 'payload'

import { anyone, staff } from '@/access'
import { localizedText } from '@/fields/common'
import { slugFields } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/hooks/revalidateTag'
import { cacheTags } from '@/lib/content/tags'

export const Courtyards: CollectionConfig = {
  slug: 'courtyards',
  labels: { singular: { zh: '院落', en: 'Courtyard' }, plural: { zh: '院落', en: 'Courtyards' } },
  admin: { useAsTitle: 'name', group: { zh: '分类', en: 'Taxonomies' }, defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: staff, update: staff, delete: staff },
  hooks: { afterChange: [revalidateAfterChange(cacheTags.courtyards)], afterDelete: [revalidateAfterDelete(cacheTags.courtyards)] },
  fields: [
    localizedText('name', { zh: '名称', en: 'Name' }, { required: true, maxLength: 40 }),
    ...slugFields('name'),
    {
      name: 'kind',
      type: 'select',
      label: { zh: '院落类型', en: 'Kind of courtyard' },
      options: [
        { value: 'commercial', label: { zh: '商品房', en: 'Commercial housing' } },
        { value: 'resettlement', label: { zh: '拆迁安置房', en: 'Resettlement housing' } },
        { value: 'work-unit', label: { zh: '单位福利房', en: 'Work-unit housing' } },
        { value: 'village', label: { zh: '城中村院落', en: 'Urban-village courtyard' } },
      ],
    },
  ],
}
