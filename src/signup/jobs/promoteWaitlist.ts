import type { PayloadRequest, TaskConfig } from 'payload'

import { jobsQueue } from '@/jobs/queue'
import { readSignupSettings } from '../globals/SignupSettings'
import { promoteActivity } from '../commands'
import { databasePool } from '../db'

export const PROMOTE_TASK = 'promoteSignupWaitlist'

/**
 * Queued in the transaction of an edit that frees places (capacity raised, sign-up re-opened, a
 * deletion in the admin): the waiting list moves once that edit is committed, under the lock.
 */
export async function queuePromotion(req: PayloadRequest, activityId: number): Promise<void> {
  await req.payload.jobs.queue({ task: PROMOTE_TASK, input: { activityId }, queue: jobsQueue(), req })
}

export const promoteWaitlistTask: TaskConfig<{ input: { activityId: number }; output: { moved: number } }> = {
  slug: PROMOTE_TASK,
  label: '候补自动转正 / Move the waiting list up',
  inputSchema: [{ name: 'activityId', type: 'number', required: true }],
  outputSchema: [{ name: 'moved', type: 'number', required: true }],
  retries: 3,
  handler: async ({ input, req }) => {
    const settings = await readSignupSettings(req.payload)
    const moved = await promoteActivity(databasePool(req.payload), input.activityId, { moveUpCutoffHours: settings.moveUpCutoffHours })
    return { output: { moved: moved.length } }
  },
}
