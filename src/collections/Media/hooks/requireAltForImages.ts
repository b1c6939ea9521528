import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

export const requireAltForImages: CollectionBeforeValidateHook = ({ data, req, originalDoc, collection }) => {
  const mimeType = (req.file?.mimetype ?? data?.mimeType ?? originalDoc?.mimeType) as string | undefined
  const alt = (data?.alt ?? originalDoc?.alt) as unknown
  if (mimeType?.startsWith('image/') && (typeof alt !== 'string' || alt.trim() === '')) {
    // The label and req make the toast name the field as the editor sees it (替代文字), not its path.
    throw new ValidationError(
      {
        collection: collection.slug,
        errors: [{ path: 'alt', label: { zh: '替代文字', en: 'Alt text' }, message: '请为图片填写替代文字 / Please describe the image in the alt text' }],
        req,
      },
      req.t,
    )
  }
  return data
}
