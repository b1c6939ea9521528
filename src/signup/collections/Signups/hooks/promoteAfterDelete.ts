import type { CollectionAfterDeleteHook } from 'payload'

import { queuePromotion } from '../../../jobs/promoteWaitlist'

/** An admin deleting a confirmed sign-up frees its places: the waiting list moves once the delete is committed. */
export const promoteAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const activityId = typeof doc.activity === 'object' ? doc.activity?.id : doc.activity
  if (doc.status === 'confirmed' && activityId) await queuePromotion(req, Number(activityId))
}
