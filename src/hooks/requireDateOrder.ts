import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

/** Refuses a document whose `later` date falls before its `earlier` date. */
export const requireDateOrder =
  (earlier: string, later: string, message: string): CollectionBeforeValidateHook =>
  ({ data, originalDoc, collection }) => {
    const start = data?.[earlier] ?? originalDoc?.[earlier]
    const end = data?.[later] ?? originalDoc?.[later]
    if (start && end && new Date(end).getTime() < new Date(start).getTime()) {
      throw new ValidationError({ collection: collection.slug, errors: [{ path: later, message }] })
    }
    return data
  }
