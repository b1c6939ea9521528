import type { CollectionBeforeChangeHook } from 'payload'

import { referenceFor } from '@/recruitment/rules'

/** The reference rule (`rules.ts`), for applications written through Payload. */
export const assignReference: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  return { ...data, reference: referenceFor(data.reference) }
}
