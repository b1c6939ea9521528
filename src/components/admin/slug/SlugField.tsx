'use client'

import { TextField, useDocumentInfo, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useEffect, useRef, useState } from 'react'

import { isGeneratedSlug, slugify } from '@/lib/slug/slugify'

/**
 * The 网址 field follows the title (as pinyin) while the document has never been published and the
 * editor has not typed a slug of their own; typing into it stops the following. Without this the
 * first autosave (made before there is a title) fixed every new document's address at `item`.
 */
export const SlugField: TextFieldClientComponent = (props) => {
  const path = props.path ?? props.field.name
  const { value, setValue } = useField<string>({ path })
  const title = useFormFields(([fields]) => fields.title?.value)
  const { hasPublishedDoc } = useDocumentInfo()
  const titleText = typeof title === 'string' ? title : ''
  const [following, setFollowing] = useState<boolean | undefined>(undefined)
  const firstTitle = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (following !== undefined) return
    firstTitle.current = titleText
    setFollowing(!hasPublishedDoc && isGeneratedSlug(value ?? '', titleText))
  }, [following, hasPublishedDoc, titleText, value])

  useEffect(() => {
    if (!following) return
    const current = value ?? ''
    const generated = slugify(titleText)
    const matches = generated === '' ? current === '' : current === generated || (current.startsWith(`${generated}-`) && /^\d+$/.test(current.slice(generated.length + 1)))
    if (matches) return
    // Bringing an old placeholder in line on opening is not an edit of the editor's: it alone should not autosave.
    setValue(generated, titleText === firstTitle.current)
  }, [following, titleText, value, setValue])

  return (
    <div onInput={() => setFollowing(false)} data-slug-following={following ? 'true' : 'false'}>
      <TextField {...props} />
    </div>
  )
}
