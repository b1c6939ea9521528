import type { CollectionSlug, Field, FieldHook } from 'payload'
import { ValidationError } from 'payload'

import { isGeneratedSlug, slugify } from '@/lib/slug/slugify'

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

const PLACEHOLDER = /^item(-\d+)?$/

/** The main table holds the published document once there is one (drafts after it live in versions only). */
async function hasPublishedVersion(collection: CollectionSlug | undefined, id: number | string | undefined, req: Parameters<FieldHook>[0]['req']): Promise<boolean> {
  if (!collection || id === undefined) return false
  const doc = await req.payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, disableErrors: true, req })
  return (doc as { _status?: string } | null)?._status === 'published'
}

/**
 * The slug follows the title until an editor types one, and until the document is first published
 * (a published address then stays; changing it by hand redirects the old one). A slug counts as the
 * site's own when it is empty, the title's pinyin (with the `-2` a taken address gets) or the `item`
 * of a draft saved before it had a title; SlugField does the same live in the admin, so autosave
 * sends the pinyin of the title being typed, and that is not mistaken for a slug the editor typed.
 */
const formatSlug =
  (source: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
  const previous = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
  const kept = previous !== '' && !PLACEHOLDER.test(previous)
  // Not sent at all (a partial update through the API): the slug stays.
  if (value === undefined && kept) return previous
  const submitted = typeof value === 'string' ? value.trim() : ''
  const storedTitle = typeof originalDoc?.[source] === 'string' ? (originalDoc[source] as string) : ''
  const title = data?.[source] ?? storedTitle
  const titleText = typeof title === 'string' ? title.trim() : ''
  const generated = isGeneratedSlug(submitted, titleText) || (submitted === previous && isGeneratedSlug(previous, storedTitle))
  if (kept && (submitted === '' || submitted === previous)) {
    if (!generated || (await hasPublishedVersion(collection?.slug as CollectionSlug | undefined, originalDoc?.id, req))) return previous
  }
  const base = generated ? slugify(titleText) : slugify(submitted)
  // No title yet (an empty draft): no address yet either, rather than a placeholder that sticks.
  if (base === '') return (data?._status ?? originalDoc?._status) === 'published' ? 'item' : null
  if (!collection || base === previous) return base
  const taken = (slug: string) => isTaken(collection.slug as CollectionSlug, slug, originalDoc?.id, req)
  if (!generated) {
    if (await taken(base)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'slug', message: `网址“${base}”已被使用，请换一个 / The URL slug “${base}” is already in use` }],
      })
    }
    return base
  }
  // A numbered address it already has stays, rather than jumping back when the plain one is freed.
  if (previous.startsWith(`${base}-`) && /^\d+$/.test(previous.slice(base.length + 1)) && !(await taken(previous))) return previous
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
      components: { Field: '/components/admin/slug/SlugField#SlugField' },
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
