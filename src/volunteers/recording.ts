import type { Payload, PayloadRequest } from 'payload'

import { databasePool } from '@/signup/db'

import { dutyRoles } from './options'
import { recordingDeadline, type RecordingDeadline } from './workingDays'

type Rel = number | { id: number; name?: string } | null | undefined
const idOf = (v: Rel): number | undefined => (v && typeof v === 'object' ? v.id : (v ?? undefined))

/** The hours between two times (an activity's length: the default service time), rounded to the half hour. */
export function activityHours(startsAt: Date | string, endsAt: Date | string): number {
  const hours = (new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 3600_000
  return Math.max(0, Math.round(hours * 2) / 2)
}

/** Time between check-in and check-out at the door, rounded to the nearest half hour, at least half an hour. */
export function doorHours(checkedInAt: Date | string, checkedOutAt: Date | string): number {
  return Math.max(0.5, activityHours(checkedInAt, checkedOutAt))
}

/** The role of someone recorded from the door's check-in rather than from a duty. */
export const CHECKED_IN_ROLE = '报名签到'

export type RecordingEntry = { volunteer: number; name: string; hours: number; role: string; recorded: boolean }
export type RecordingDefaults = {
  activity: { id: number; title: string; startsAt: string; endsAt: string; kind: string; place: string }
  hours: number
  deadline: RecordingDeadline
  entries: RecordingEntry[]
}

/**
 * What the one-step recording form starts with: everyone on the activity's duties and every volunteer
 * checked in at the door, for the activity's length, or for the time between check-in and check-out
 * when the door recorded both.
 */
export async function recordingDefaults(payload: Payload, activityId: number, req?: PayloadRequest): Promise<RecordingDefaults | null> {
  if (!Number.isInteger(activityId)) return null
  const activity = await payload.findByID({ collection: 'activities', id: activityId, depth: 0, disableErrors: true, draft: true, locale: 'zh', req })
  if (!activity) return null
  const duties = await payload.find({ collection: 'duties', where: { activity: { equals: activityId } }, sort: 'id', depth: 1, pagination: false, req })
  const recorded = await payload.find({
    collection: 'service-records',
    where: { and: [{ activity: { equals: activityId } }, { voided: { not_equals: true } }] },
    depth: 0,
    pagination: false,
    req,
  })
  const recordedIds = new Set(recorded.docs.map((r) => idOf(r.volunteer as Rel)))
  const hours = activityHours(activity.startsAt, activity.endsAt)
  const entries = new Map<number, RecordingEntry>()
  for (const duty of duties.docs) {
    const role = duty.roleNote || dutyRoles.find((r) => r.value === duty.role)?.label.zh || duty.role
    for (const v of (duty.volunteers ?? []) as Rel[]) {
      const id = idOf(v)
      if (!id) continue
      const existing = entries.get(id)
      if (existing) existing.role = `${existing.role}、${role}`
      else entries.set(id, { volunteer: id, name: typeof v === 'object' && v ? (v.name ?? '') : '', hours, role, recorded: recordedIds.has(id) })
    }
  }
  // Volunteers who signed up for the activity and were checked in at the door (到了) served too: matched
  // to the roster by their mobile number. Checked out as well (走了): the time between, for them and for
  // anyone on a duty who went through the door; else the activity's length (adjustable like everyone's).
  const { rows: checkedIn } = await databasePool(payload).query<{ id: number; name: string; checked_in_at: Date | null; checked_out_at: Date | null }>(
    `select distinct on (v.id) v.id, v.name, s.checked_in_at, s.checked_out_at from signups s join volunteers v on v.mobile = s.phone
     where s.activity_id = $1 and s.attendance = 'attended' and s.status = 'confirmed' and v.status <> 'left'
     order by v.id, (s.checked_out_at is not null) desc, s.id`,
    [activityId],
  )
  for (const v of checkedIn) {
    const span = v.checked_in_at && v.checked_out_at ? doorHours(v.checked_in_at, v.checked_out_at) : null
    const existing = entries.get(v.id)
    if (existing) {
      if (span !== null) existing.hours = span
    } else entries.set(v.id, { volunteer: v.id, name: v.name, hours: span ?? hours, role: CHECKED_IN_ROLE, recorded: recordedIds.has(v.id) })
  }
  return {
    activity: { id: activity.id, title: activity.title, startsAt: activity.startsAt, endsAt: activity.endsAt, kind: activity.kind, place: activity.place ?? '' },
    hours,
    deadline: recordingDeadline(activity.endsAt),
    entries: [...entries.values()],
  }
}

/**
 * Records an activity in one step: a service record per person confirmed, with the activity's
 * name, date, place, content, kind, organiser and the person in charge (Art. 7). People already
 * recorded for the activity are skipped, so a second submit adds only who was missing.
 */
export async function recordActivity(
  req: PayloadRequest,
  activityId: number,
  entries: { volunteer: number; hours: number; role?: string }[],
  personInCharge?: string,
): Promise<{ created: number[]; skipped: number[] }> {
  const payload = req.payload
  const activity = await payload.findByID({ collection: 'activities', id: activityId, depth: 0, draft: true, locale: 'zh', req })
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0, req })
  const existing = await payload.find({
    collection: 'service-records',
    where: { and: [{ activity: { equals: activityId } }, { voided: { not_equals: true } }] },
    depth: 0,
    pagination: false,
    req,
  })
  const already = new Set(existing.docs.map((r) => idOf(r.volunteer as Rel)))
  const inCharge = personInCharge?.trim() || (req.user as { name?: string } | null)?.name || ''
  const created: number[] = []
  const skipped: number[] = []
  for (const entry of entries) {
    if (already.has(entry.volunteer) || !(entry.hours > 0)) {
      skipped.push(entry.volunteer)
      continue
    }
    already.add(entry.volunteer)
    const record = await payload.create({
      collection: 'service-records',
      data: {
        volunteer: entry.volunteer,
        activity: activityId,
        activityName: activity.title,
        date: activity.startsAt,
        hours: entry.hours,
        place: activity.place || settings.address || '',
        kind: activity.kind,
        content: [entry.role, activity.summary].filter(Boolean).join('：').slice(0, 1000),
        organiser: activity.organiser || settings.teamName || '',
        personInCharge: inCharge,
      },
      depth: 0,
      req,
    })
    created.push(record.id)
  }
  return { created, skipped }
}

export type ToRecord = { id: number; title: string; endsAt: string; kind: string; deadline: RecordingDeadline }

/** Activities that ended in the last `days` days and have no service record yet, soonest deadline first. */
export async function activitiesToRecord(payload: Payload, now: Date = new Date(), days = 60, req?: PayloadRequest): Promise<ToRecord[]> {
  const since = new Date(now.getTime() - days * 864e5).toISOString()
  const ended = await payload.find({
    collection: 'activities',
    where: { and: [{ endsAt: { less_than: now.toISOString() } }, { endsAt: { greater_than: since } }, { kind: { not_equals: 'merchant-service' } }] },
    depth: 0,
    pagination: false,
    sort: 'endsAt',
    locale: 'zh',
    req,
  })
  if (ended.docs.length === 0) return []
  const recorded = await payload.find({
    collection: 'service-records',
    where: { activity: { in: ended.docs.map((a) => a.id) } },
    depth: 0,
    pagination: false,
    select: { activity: true },
    req,
  })
  const done = new Set(recorded.docs.map((r) => idOf(r.activity as Rel)))
  return ended.docs
    .filter((a) => !done.has(a.id))
    .map((a) => ({ id: a.id, title: a.title, endsAt: a.endsAt, kind: a.kind, deadline: recordingDeadline(a.endsAt, now) }))
    .sort((a, b) => a.deadline.workingDaysLeft - b.deadline.workingDaysLeft)
}
