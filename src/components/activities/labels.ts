import { activityKinds, festivals } from '@/collections/Activities/kinds'
import type { Locale } from '@/lib/content/paths'
import type { Activity } from '@/payload-types'

export function kindLabel(activity: Pick<Activity, 'kind' | 'festival'>, locale: Locale): string {
  if (activity.kind === 'festival' && activity.festival && activity.festival !== 'other') {
    return festivals.find((f) => f.value === activity.festival)?.label[locale] ?? ''
  }
  return activityKinds.find((k) => k.value === activity.kind)?.label[locale] ?? ''
}
