import type { RecordingDeadline } from './workingDays'

/** How the Art. 11 deadline reads to staff: working days left, or how far past it an activity is. */
export function deadlineText(d: Pick<RecordingDeadline, 'lastDay' | 'workingDaysLeft' | 'overdue'>, locale: 'zh' | 'en' = 'zh'): string {
  if (!d.overdue) return locale === 'en' ? `${d.workingDaysLeft} working days left (last day ${d.lastDay})` : `还剩 ${d.workingDaysLeft} 个工作日（最后一天 ${d.lastDay}）`
  return locale === 'en' ? `${-d.workingDaysLeft} working days overdue (last day ${d.lastDay})` : `已超过期限 ${-d.workingDaysLeft} 个工作日（最后一天 ${d.lastDay}）`
}
