import type { CollectionAfterChangeHook } from 'payload'

import type { Activity } from '@/payload-types'
import { jobsQueue } from '@/jobs/queue'
import { ACTIVITY_CHANGED_TASK } from '../jobs/activityChanged'
import { queuePromotion } from '../jobs/promoteWaitlist'

/**
 * When an activity taking sign-ups is published: tell residents what changed (a job compares with
 * what they were last told) and, if places may have freed (capacity or held places changed,
 * sign-up re-opened), let the waiting list move. Both are queued in the edit's own transaction,
 * so they run once it is committed.
 */
export const activitySignupChanges: CollectionAfterChangeHook<Activity> = async ({ doc, previousDoc, req, operation }) => {
  if (doc._status !== 'published') return doc
  const s = doc.signup
  const before = operation === 'update' ? previousDoc?.signup : undefined
  if (!s?.enabled && !before?.enabled) return doc
  // The job compares with what residents were last told (its own table) and does nothing when nothing they need changed.
  await req.payload.jobs.queue({ task: ACTIVITY_CHANGED_TASK, input: { activityId: doc.id }, queue: jobsQueue(), req })
  const freed =
    operation === 'update' &&
    s?.enabled &&
    (Number(doc.capacity ?? Infinity) > Number(previousDoc?.capacity ?? Infinity) || Number(s.heldForPhone ?? 0) !== Number(before?.heldForPhone ?? 0) || !before?.enabled || previousDoc?._status !== 'published')
  if (freed) await queuePromotion(req, doc.id)
  return doc
}
