import type { CallState } from '@/recruitment/callState'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'

export function CallStateBadge({ state, locale }: { state: CallState; locale: Locale }) {
  const t = getDictionary(locale)
  const label = state === 'open' ? t.join.open : state === 'closed' ? t.join.closed : t.join.notYetOpen
  return (
    <span className={`badge ${state === 'open' ? 'open' : 'closed'}`} data-call-state={state}>
      {label}
    </span>
  )
}
