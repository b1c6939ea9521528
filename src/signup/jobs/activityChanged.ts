import type { TaskConfig } from 'payload'

import { readSignupSettings } from '../globals/SignupSettings'
import { lockActivity, SIGNUP_MAIL_TASK } from '../commands'
import { databasePool, inTransaction, queueJob } from '../db'
import { REMINDER_TASK, reminderTime } from './reminders'

export const ACTIVITY_CHANGED_TASK = 'announceActivityChange'

/**
 * Runs after an activity with sign-ups is published. It compares what residents were last told
 * (start, place, cancelled) with the activity now: a move or a change of place tells everyone
 * signed up with an email at once, a cancellation tells them it is cancelled; those without an
 * email go on the staff's "to phone" list. The announced values are written in the same
 * transaction as the mails are queued, so a change is announced exactly once. A new start gets
 * its reminder job.
 */
export const announceActivityChangeTask: TaskConfig<{ input: { activityId: number }; output: { told: number; result: string } }> = {
  slug: ACTIVITY_CHANGED_TASK,
  label: '活动变更通知 / Announce activity changes',
  inputSchema: [{ name: 'activityId', type: 'number', required: true }],
  outputSchema: [
    { name: 'told', type: 'number', required: true },
    { name: 'result', type: 'text', required: true },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const settings = await readSignupSettings(req.payload)
    const outcome = await inTransaction(databasePool(req.payload), async (client) => {
      const activity = await lockActivity(client, input.activityId)
      if (!activity || !activity.published) return { told: 0, result: 'skipped: not published' }
      // What residents were last told lives in its own table: Payload rewrites every column of an activity on each save.
      const { rows } = await client.query(
        `select n.starts_at as starts, n.place, coalesce(n.cancelled, false) as cancelled, coalesce(l.place, '') as current_place
         from activities a left join activities_locales l on l._parent_id = a.id and l._locale = 'zh'
           left join signup_announcements n on n.activity_id = a.id where a.id = $1`,
        [activity.id],
      )
      const told = rows[0]
      const first = !told.starts
      const moved = !first && (new Date(told.starts).getTime() !== activity.startsAt.getTime() || (told.place ?? '') !== told.current_place)
      const newlyCancelled = activity.cancelled && !told.cancelled
      await client.query(
        `insert into signup_announcements (activity_id, starts_at, place, cancelled) values ($1, $2, $3, $4)
         on conflict (activity_id) do update set starts_at = excluded.starts_at, place = excluded.place, cancelled = excluded.cancelled`,
        [activity.id, activity.startsAt.toISOString(), told.current_place, activity.cancelled],
      )
      const startChanged = first || new Date(told.starts).getTime() !== activity.startsAt.getTime()
      if (startChanged && !activity.cancelled) {
        const at = reminderTime(activity.startsAt, settings.reminderTime)
        await queueJob(client, REMINDER_TASK, { activityId: activity.id, startsAt: activity.startsAt.toISOString() }, at)
      }
      if (!newlyCancelled && !moved) return { told: 0, result: first ? 'first publication' : 'nothing residents need to know' }
      const kind = newlyCancelled ? 'activityCancelled' : 'activityMoved'
      const { rows: people } = await client.query(
        `update signups set to_phone = to_phone or email is null,
           to_phone_reason = case when email is null then $2::enum_signups_to_phone_reason else to_phone_reason end, updated_at = now()
         where activity_id = $1 and status in ('confirmed', 'waitlisted') returning id, email`,
        [activity.id, newlyCancelled ? 'activityCancelled' : 'activityMoved'],
      )
      let mailed = 0
      for (const p of people) {
        if (!p.email) continue
        await queueJob(client, SIGNUP_MAIL_TASK, { signupId: p.id, kind })
        mailed++
      }
      return { told: mailed, result: `${kind}: ${mailed} mailed, ${people.length - mailed} to phone` }
    })
    return { output: outcome }
  },
}
