import type { RecruitmentCall } from '@/payload-types'

export type CallState = 'open' | 'closed' | 'not-yet-open'

/**
 * Whether a call takes applications: open between its opening and closing dates, whatever else is
 * set. The one place this is decided: the call pages, the form and the submission all ask here.
 */
export function callState(call: Pick<RecruitmentCall, 'opensAt' | 'closesAt'>, now: string | number | Date = Date.now()): CallState {
  const t = new Date(now).getTime()
  if (t < new Date(call.opensAt).getTime()) return 'not-yet-open'
  if (t > new Date(call.closesAt).getTime()) return 'closed'
  return 'open'
}

export const isCallOpen = (call: Pick<RecruitmentCall, 'opensAt' | 'closesAt'>, now?: string | number | Date): boolean => callState(call, now) === 'open'
