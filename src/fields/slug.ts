import type { CollectionSlug, Field, FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { slugify } from '@/lib/slug/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

async function isTaken(
  collection: CollectionSlug,
  slug: string,
  ownId: number | string | undefined,
  req: Parameters<FieldHook>[0]['req'],
): Promise<boolean> {
  const found = await req.payload.find({
    collection,
    where: {
      and: [
        { or: [{ slug: { equals: slug } }, { 'previousSlugs.slug': { equals: slug } }] },
        ...(ownId !== undefined ? [{ id: { not_equals: ownId } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    req,
  })
  return found.docs.length > 0
}

const formatSlug =
  (source: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
  const typed = typeof value === 'string' ? value.trim() : ''
  if (typed === '' && originalDoc?.slug) return originalDoc.slug
  const title = data?.[source] ?? originalDoc?.[source]
  const base = slugify(typed || (typeof title === 'string' ? title : '')) || 'item'
  if (!collection || base === originalDoc?.slug) return base
  const taken = (slug: string) => isTaken(collection.slug as CollectionSlug, slug, originalDoc?.id, req)
  if (typed) {
    if (await taken(base)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'slug', message: `网址“${base}”已被使用，请换一个 / The URL slug “${base}” is already in use` }],
      })
    }
    return base
  }
  let candidate = base
  for (let n = 2; await taken(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/** Remember every slug a document had, so its old URLs keep working (they redirect). */
const rememberPreviousSlug: FieldHook = ({ value, originalDoc, siblingData }) => {
  const previous = (originalDoc?.previousSlugs ?? []) as { slug: string }[]
  const oldSlug = originalDoc?.slug as string | undefined
  const newSlug = siblingData?.slug as string | undefined
  if (oldSlug && newSlug && oldSlug !== newSlug && !previous.some((p) => p.slug === oldSlug)) {
    return [...previous.filter((p) => p.slug !== newSlug).map(({ slug }) => ({ slug })), { slug: oldSlug }]
  }
  return value ?? previous.map(({ slug }) => ({ slug }))
}

export const slugFields = (source = 'title'): Field[] => [
  {
    name: 'slug',
    type: 'text',
    index: true,
    label: { zh: '网址', en: 'URL slug' },
    admin: {
      position: 'sidebar',
      description: {
        zh: '留空则按标题自动生成拼音网址，如“冬至家宴”→ dongzhi-jiayan。修改后旧网址会自动跳转。',
        en: 'Leave empty to generate pinyin from the title. Old URLs redirect after a change.',
      },
    },
    hooks: { beforeValidate: [formatSlug(source)] },
  },
  {
    name: 'previousSlugs',
    type: 'array',
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.previousSlugs?.length) },
    label: { zh: '旧网址', en: 'Previous slugs' },
    hooks: { beforeChange: [rememberPreviousSlug] },
    fields: [{ name: 'slug', type: 'text', index: true }],
  },
]
