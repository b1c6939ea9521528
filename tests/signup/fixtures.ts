import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Activity } from '@/payload-types'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${crypto.randomBytes(3).toString('hex')}`
/** A mainland mobile number no other test uses. */
export const randomPhone = () => `139${String(crypto.randomInt(0, 100_000_000)).padStart(8, '0')}`

type SignupSettings = NonNullable<Activity['signup']>

/** A published activity taking sign-ups, starting `inDays` from now. */
export async function createSignupActivity(
  payload: Payload,
  opts: { capacity?: number | null; inDays?: number; signup?: Partial<SignupSettings>; title?: string } = {},
): Promise<Activity> {
  const start = new Date(Date.now() + (opts.inDays ?? 10) * DAY)
  start.setUTCSeconds(0, 0)
  return (await payload.create({
    collection: 'activities',
    locale: 'zh',
    data: {
      title: opts.title ?? '冬至家宴',
      slug: unique('signup-activity'),
      kind: 'festival',
      festival: 'dongzhi',
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 3 * HOUR).toISOString(),
      place: '伏龙社区活动室',
      capacity: opts.capacity === undefined ? 10 : opts.capacity,
      signup: { enabled: true, maxParty: 2, heldForPhone: 0, questions: ['pickup', 'diet', 'mobility', 'note'], ...opts.signup },
      _status: 'published',
    },
    overrideAccess: true,
  })) as Activity
}
