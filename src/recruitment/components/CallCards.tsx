import { callState } from '@/recruitment/callState'
import { formatDate } from '@/lib/content/dates'
import { documentPath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { RecruitmentCall } from '@/payload-types'
import { CallStateBadge } from './CallStateBadge'

export function CallCards({ calls, locale, now }: { calls: RecruitmentCall[]; locale: Locale; now: string }) {
  const t = getDictionary(locale)
  return (
    <ul className="list">
      {calls.map((call) => (
        <li key={call.id} className="row">
          <h3>
            <a href={documentPath('recruitment-calls', call.slug ?? '', locale)}>{call.title}</a>
          </h3>
          <p className="meta">
            <CallStateBadge state={callState(call, now)} locale={locale} /> {t.join.role}
            {t.colon}
            {call.role}
            {call.peopleWanted ? ` · ${t.join.peopleWanted}${t.colon}${t.join.peopleWantedValue(call.peopleWanted)}` : ''}
            {` · ${t.join.period}${t.colon}${formatDate(call.opensAt, locale)} – ${formatDate(call.closesAt, locale)}`}
          </p>
          {call.summary ? <p>{call.summary}</p> : null}
        </li>
      ))}
    </ul>
  )
}
