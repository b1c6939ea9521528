import type { Locale } from './paths'

export const TIME_ZONE = 'Asia/Shanghai'

type Parts = { year: number; month: number; day: number; weekday: number; hour: number; minute: number; second: number }

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
})
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Wall-clock parts in Asia/Shanghai, whatever the server's own time zone. */
export function shanghaiParts(value: string | Date): Parts {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(value)).map((p) => [p.type, p.value]))
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

const pad = (n: number) => String(n).padStart(2, '0')
const clock = (p: Parts) => `${pad(p.hour)}:${pad(p.minute)}`
const sameDay = (a: Parts, b: Parts) => a.year === b.year && a.month === b.month && a.day === b.day

function day(p: Parts, locale: Locale, withYear = true): string {
  if (locale === 'zh') return `${withYear ? `${p.year}年` : ''}${p.month}月${p.day}日 ${ZH_WEEKDAYS[p.weekday]}`
  return `${WEEKDAYS[p.weekday]} ${p.day} ${EN_MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ''}`
}

/** `2026年12月22日 周二 14:00–16:30` / `Tue 22 Dec 2026, 14:00–16:30`. */
export function formatDateTimeRange(start: string, end: string | null | undefined, locale: Locale): string {
  const s = shanghaiParts(start)
  const sep = locale === 'zh' ? ' ' : ', '
  if (!end) return `${day(s, locale)}${sep}${clock(s)}`
  const e = shanghaiParts(end)
  if (sameDay(s, e)) return `${day(s, locale)}${sep}${clock(s)}–${clock(e)}`
  return `${day(s, locale)}${sep}${clock(s)} – ${day(e, locale, e.year !== s.year)}${sep}${clock(e)}`
}

/** `2026年4月12日` / `12 Apr 2026`. */
export function formatDate(value: string, locale: Locale): string {
  const p = shanghaiParts(value)
  return locale === 'zh' ? `${p.year}年${p.month}月${p.day}日` : `${p.day} ${EN_MONTHS[p.month - 1]} ${p.year}`
}

/** Local wall-clock time without offset, e.g. `2026-12-22T14:00:00` (for iCalendar with TZID). */
export function shanghaiLocalISO(value: string | Date): string {
  const p = shanghaiParts(value)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${clock(p)}:${pad(p.second)}`
}

/** ISO 8601 with the +08:00 offset, e.g. `2026-12-22T14:00:00+08:00` (for schema.org). */
export function shanghaiISO(value: string | Date): string {
  return `${shanghaiLocalISO(value)}+08:00`
}
