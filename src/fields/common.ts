import type { Field } from 'payload'

type Label = { zh: string; en: string }

type TextOptions = { required?: boolean; maxLength?: number; description?: Label }

/** What localized text and textarea fields share; each has its own default length. */
const localizedProps = (name: string, label: Label, options: TextOptions, defaultMaxLength: number) => ({
  name,
  localized: true,
  required: options.required,
  maxLength: options.maxLength ?? defaultMaxLength,
  label,
  admin: options.description ? { description: options.description } : undefined,
})

export const localizedText = (name: string, label: Label, options: TextOptions = {}): Field => ({ type: 'text', ...localizedProps(name, label, options, 200) })

export const localizedTextarea = (name: string, label: Label, options: TextOptions = {}): Field => ({ type: 'textarea', ...localizedProps(name, label, options, 1000) })

export const titleField = (label: Label = { zh: '标题', en: 'Title' }): Field =>
  localizedText('title', label, { required: true, maxLength: 120 })

export const summaryField = (): Field =>
  localizedTextarea('summary', { zh: '摘要', en: 'Summary' }, {
    maxLength: 300,
    description: { zh: '一两句话，显示在列表和分享卡片上。', en: 'One or two sentences, shown in lists and share cards.' },
  })

export const richTextField = (name: string, label: Label, required = false): Field => ({
  name,
  type: 'richText',
  localized: true,
  required,
  label,
})

export const coverField = (): Field => ({
  name: 'cover',
  type: 'upload',
  relationTo: 'media',
  label: { zh: '封面图', en: 'Cover image' },
  filterOptions: { mimeType: { contains: 'image' } },
})

export const topicsField = (): Field => ({
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  label: { zh: '主题', en: 'Topics' },
  admin: { position: 'sidebar' },
})

export const contactField = (): Field => ({
  name: 'contact',
  type: 'text',
  maxLength: 60,
  label: { zh: '联系电话', en: 'Contact phone' },
})

/** Set on first publish when the editor left it empty. */
export const publishedAtField = (): Field => ({
  name: 'publishedAt',
  type: 'date',
  index: true,
  label: { zh: '发布日期', en: 'Published on' },
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  hooks: {
    beforeChange: [({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)],
  },
})
