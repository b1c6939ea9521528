import type { Payload } from 'payload'

import { countSignups } from '@/signup/commands'
import { activeStatuses } from './options'

export type TeamFigures = {
  since: string
  hoursPerMonth: { month: string; hours: number }[]
  totalHours: number
  activeVolunteers: number
  newcomers: number
  activitiesByKind: { kind: string; count: number }[]
  activities: number
  peopleServed: number
  newApplications: number
  longestWaitDays: number | null
  /** Persons confirmed and waiting through the activity sign-up, against its places. */
  thisWeek: { id: number; title: string; startsAt: string; capacity: number | null; signedUp: number; waiting: number; signupEnabled: boolean }[]
}

/**
 * The team in numbers over the last 12 months (China time), straight from SQL: hours of valid
 * service records per month, active volunteers, newcomers who joined from accepted applications,
 * activities by kind, and what waits (new applications, the longest wait, this week's activities).
 * "People served" counts distinct volunteers who served (the records hold no data about the people
 * the team serves).
 */
export async function teamFigures(payload: Payload, now = new Date()): Promise<TeamFigures> {
  const pool = payload.db.pool
  const since = new Date(now.getTime() - 365 * 864e5).toISOString()
  const q = async <T,>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[]
  const months = await q<{ month: string; hours: string }>(
    `select to_char(date at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(hours)::text as hours
       from service_records where coalesce(voided, false) = false and date >= $1 and date <= $2 group by 1 order by 1`,
    [since, now.toISOString()],
  )
  const [active] = await q<{ n: number }>(`select count(*)::int as n from volunteers where status = any($1::text[]::enum_volunteers_status[]) and anonymised_at is null`, [activeStatuses])
  const [newcomers] = await q<{ n: number }>(`select count(*)::int as n from volunteers where joined_at >= $1 and id in (select volunteer_id from applications where volunteer_id is not null)`, [since])
  const byKind = await q<{ kind: string; count: number }>(`select kind::text, count(*)::int as count from activities where starts_at >= $1 and starts_at <= $2 group by 1 order by 2 desc, 1`, [since, now.toISOString()])
  const [served] = await q<{ n: number }>(`select count(distinct volunteer_id)::int as n from service_records where coalesce(voided, false) = false and date >= $1`, [since])
  const [waiting] = await q<{ n: number; oldest: string | null }>(`select count(*)::int as n, min(submitted_at)::text as oldest from applications where status = 'new' and anonymised_at is null`)
  const monday = new Date(now.getTime() + 8 * 3600e3)
  monday.setUTCHours(0, 0, 0, 0)
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
  const weekStart = new Date(monday.getTime() - 8 * 3600e3)
  const weekEnd = new Date(weekStart.getTime() + 7 * 864e5)
  const week = await q<{ id: number; title: string; starts_at: Date; capacity: string | null; signup_enabled: boolean }>(
    `select a.id, l.title, a.starts_at, a.capacity, coalesce(a.signup_enabled, false) as signup_enabled
      from activities a join activities_locales l on l._parent_id = a.id and l._locale = 'zh'
      where a.starts_at >= $1 and a.starts_at < $2 order by a.starts_at`,
    [weekStart.toISOString(), weekEnd.toISOString()],
  )
  // Persons counted as the sign-up counts them (the same function its commands use under the activity's lock).
  const weekSignups = await Promise.all(week.map((w) => (w.signup_enabled ? countSignups(pool, w.id) : null)))
  const hoursPerMonth = months.map((m) => ({ month: m.month, hours: Number(m.hours) }))
  return {
    since,
    hoursPerMonth,
    totalHours: Math.round(hoursPerMonth.reduce((s, m) => s + m.hours, 0) * 10) / 10,
    activeVolunteers: active.n,
    newcomers: newcomers.n,
    activitiesByKind: byKind,
    activities: byKind.reduce((s, k) => s + k.count, 0),
    peopleServed: served.n,
    newApplications: waiting.n,
    longestWaitDays: waiting.oldest ? Math.floor((now.getTime() - new Date(waiting.oldest).getTime()) / 864e5) : null,
    thisWeek: week.map((w, i) => ({
      id: w.id,
      title: w.title,
      startsAt: new Date(w.starts_at).toISOString(),
      capacity: w.capacity === null ? null : Number(w.capacity),
      signedUp: weekSignups[i]?.confirmed ?? 0,
      waiting: weekSignups[i]?.waitlisted ?? 0,
      signupEnabled: w.signup_enabled,
    })),
  }
}
