/**
 * Working days in mainland China, for Art. 11 of 《志愿服务记录与证明出具办法》 (民政部令第67号):
 * a service is recorded within 10 working days after it ends.
 *
 * How we count: the day the activity ends is day 0; the 10th working day after it is the last day
 * to record. A working day is Monday–Friday unless it is an official holiday, plus the weekend days
 * declared working days (调休上班). Dates are calendar dates in China (Asia/Shanghai, UTC+8).
 * 2026 is from 国务院办公厅关于2026年部分节假日安排的通知; other years count Monday–Friday only
 * until their calendar is added here.
 */
export const holidays2026 = [
  // 元旦 1月1日—3日
  '2026-01-01', '2026-01-02', '2026-01-03',
  // 春节 2月15日—23日
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  // 清明节 4月4日—6日
  '2026-04-04', '2026-04-05', '2026-04-06',
  // 劳动节 5月1日—5日
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  // 端午节 6月19日—21日
  '2026-06-19', '2026-06-20', '2026-06-21',
  // 中秋节 9月25日—27日
  '2026-09-25', '2026-09-26', '2026-09-27',
  // 国庆节 10月1日—7日
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
] as const

/** Weekend days that are working days in 2026 (调休上班). */
export const workingWeekends2026 = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'] as const

const holidaySet = new Set<string>(holidays2026)
const workingWeekendSet = new Set<string>(workingWeekends2026)

export const RECORDING_DEADLINE_WORKING_DAYS = 10

export const countingRule = {
  zh: '按《志愿服务记录与证明出具办法》第十一条，活动结束后10个工作日内记录。计算方法：活动结束当天不算，之后的第10个工作日为最后期限；工作日为周一至周五，扣除国家法定节假日，加上调休上班的周末（已内置国务院办公厅2026年节假日安排）。日期按北京时间。',
  en: 'Art. 11: record within 10 working days after the activity ends. The end day is not counted; the 10th working day after it is the last day. Working days are Monday to Friday, less the official public holidays, plus the weekend days made working days (the State Council’s 2026 holiday calendar is built in). Dates are Beijing time.',
} as const

/** The calendar date in China of an instant, as YYYY-MM-DD. */
export function chinaDate(at: Date | string): string {
  const t = typeof at === 'string' ? new Date(at) : at
  return new Date(t.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00.000Z`)
  t.setUTCDate(t.getUTCDate() + days)
  return t.toISOString().slice(0, 10)
}

export function isWorkingDay(date: string): boolean {
  if (holidaySet.has(date)) return false
  if (workingWeekendSet.has(date)) return true
  const weekday = new Date(`${date}T00:00:00.000Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/** The date that is `n` working days after `date` (date itself not counted). */
export function addWorkingDays(date: string, n: number): string {
  let current = date
  let left = n
  while (left > 0) {
    current = addDays(current, 1)
    if (isWorkingDay(current)) left--
  }
  return current
}

/** Working days after `from` up to and including `to` (negative when `to` is before `from`). */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from)
  let count = 0
  for (let current = from; current !== to; ) {
    current = addDays(current, 1)
    if (isWorkingDay(current)) count++
  }
  return count
}

export type RecordingDeadline = { endedOn: string; lastDay: string; workingDaysLeft: number; overdue: boolean }

/** The Art. 11 deadline of an activity that ended at `endsAt`, seen on `today`. */
export function recordingDeadline(endsAt: Date | string, today: Date = new Date()): RecordingDeadline {
  const endedOn = chinaDate(endsAt)
  const lastDay = addWorkingDays(endedOn, RECORDING_DEADLINE_WORKING_DAYS)
  const todayDate = chinaDate(today)
  const workingDaysLeft = workingDaysBetween(todayDate, lastDay)
  return { endedOn, lastDay, workingDaysLeft, overdue: todayDate > lastDay }
}
