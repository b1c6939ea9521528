import type { CollectionAfterDeleteHook } from 'payload'

import { MAIL_TASK } from '@/recruitment/jobs/sendApplicationMail'

/**
 * Queued mails hold only the application's id, never its content; still, once an applicant's data
 * is deleted on request, nothing should be left waiting to be sent about them.
 */
export const removeQueuedMails: CollectionAfterDeleteHook = async ({ id, req }) => {
  try {
    await req.payload.delete({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: MAIL_TASK } }, { 'input.applicationId': { equals: id } }, { completedAt: { exists: false } }] },
      req,
      overrideAccess: true,
    })
  } catch (error) {
    req.payload.logger.warn(`could not remove queued mails for application ${id}: ${(error as Error).message}`)
  }
}
