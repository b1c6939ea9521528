import type { CollectionBeforeChangeHook } from 'payload'

import { newReference } from '@/lib/recruitment/reference'

/** Every application, online or taken on paper, gets a reference; a clash is caught by the unique index and retried by the caller. */
export const assignReference: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create' || data.reference) return data
  return { ...data, reference: newReference() }
}
