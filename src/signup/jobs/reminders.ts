import type { TaskConfig } from 'payload'

import { shanghaiParts } from '@/lib/content/dates'
import { lockActivity, SIGNUP_MAIL_TASK } from '../commands'
import { databasePool, inTransaction, queueJob } from '../db'

export const REMINDER_TASK = 'sendSignupReminders'

/** The day before the start, at `time` (HH:MM) Beijing time (UTC+8 all year: China has no summer time). */
export function reminderTime(startsAt: string | Date, time: string): Date {
  const p = shanghaiParts(startsAt)
  const [hh, mm] = time.split(':').map(Number)
  return new Date(Date.UTC(p.year, p.month - 1, p.day - 1, (hh ?? 18) - 8, mm ?? 0))
}

/**
 * The reminders for one activity at one start time. Queued whenever residents are told a start
 * (first publication, a move); a job queued for an earlier start finds the activity moved and does
 * nothing. Under the activity's lock, each confirmed sign-up with an email gets one mail job and is
 * marked reminded for this start, so the job can run twice without mailing anyone twice.
 */
export const sendSignupRemindersTask: TaskConfig<{ input: { activityId: number; startsAt: string }; output: { queued: number; result: string } }> = {
  slug: REMINDER_TASK,
  label: '活动前一天提醒 / Day-before reminders',
  inputSchema: [
    { name: 'activityId', type: 'number', required: true },
    { name: 'startsAt', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'queued', type: 'number', required: true },
    { name: 'result', type: 'text', required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const outcome = await inTransaction(databasePool(req.payload), async (client) => {
      const activity = await lockActivity(client, input.activityId)
      if (!activity) return { queued: 0, result: 'skipped: activity no longer exists' }
      if (activity.startsAt.getTime() !== Date.parse(input.startsAt)) return { queued: 0, result: 'skipped: the activity has moved' }
      if (activity.cancelled || !activity.enabled || !activity.published) return { queued: 0, result: 'skipped: activity cancelled or closed' }
      if (Date.now() > activity.startsAt.getTime()) return { queued: 0, result: 'skipped: already started' }
      const { rows } = await client.query(
        `update signups set reminder_sent_for = $2 where activity_id = $1 and status = 'confirmed' and email is not null
           and reminder_sent_for is distinct from $2 returning id`,
        [activity.id, activity.startsAt.toISOString()],
      )
      for (const r of rows) await queueJob(client, SIGNUP_MAIL_TASK, { signupId: r.id, kind: 'reminder' })
      return { queued: rows.length, result: 'queued' }
    })
    return { output: outcome }
  },
}
