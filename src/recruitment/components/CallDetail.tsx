import { callRules } from '@/recruitment/calls'
import { ApplicationForm } from '@/recruitment/components/ApplicationForm'
import { Facts } from '@/components/site/Facts'
import { PhoneLink } from '@/components/site/PhoneLink'
import { RichTextBody } from '@/components/site/RichTextBody'
import { callState } from '@/recruitment/callState'
import { formatDate } from '@/lib/content/dates'
import { documentPath, localePath, type Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { Activity, RecruitmentCall } from '@/payload-types'
import { CallCards } from './CallCards'
import { CallStateBadge } from './CallStateBadge'

export function CallDetail({ call, openCalls, locale, now }: { call: RecruitmentCall; openCalls: RecruitmentCall[]; locale: Locale; now: string }) {
  const t = getDictionary(locale)
  const state = callState(call, now)
  const activity = typeof call.activity === 'object' && call.activity ? (call.activity as Activity) : null
  const others = openCalls.filter((c) => c.id !== call.id)
  const facts: [string, React.ReactNode][] = [
    [t.join.role, call.role],
    [t.join.period, `${formatDate(call.opensAt, locale)} – ${formatDate(call.closesAt, locale)}`],
  ]
  if (call.timeCommitment) facts.push([t.join.timeCommitment, call.timeCommitment])
  if (call.peopleWanted) facts.push([t.join.peopleWanted, t.join.peopleWantedValue(call.peopleWanted)])
  if (call.contact) facts.push([t.join.contact, <PhoneLink phone={call.contact} />])
  if (activity?.slug) facts.push([t.join.relatedActivity, <a href={documentPath('activities', activity.slug, locale)}>{activity.title}</a>])
  return (
    <article className="article">
      <header className="page-head">
        <p className="meta">
          <CallStateBadge state={state} locale={locale} />
        </p>
        <h1>{call.title}</h1>
        {call.summary ? <p className="lead">{call.summary}</p> : null}
      </header>
      {state !== 'open' ? (
        <p className="notice" role="status">
          {state === 'closed' ? t.join.closedNotice : t.join.notYetOpenNotice}
        </p>
      ) : null}
      <Facts facts={facts} />
      {call.duties ? (
        <section aria-labelledby="call-duties">
          <h2 id="call-duties">{t.join.duties}</h2>
          <RichTextBody data={call.duties} />
        </section>
      ) : null}
      {call.requirements ? (
        <section aria-labelledby="call-requirements">
          <h2 id="call-requirements">{t.join.requirements}</h2>
          <RichTextBody data={call.requirements} />
        </section>
      ) : null}
      {state === 'closed' ? (
        <section className="section" aria-labelledby="other-calls">
          <h2 id="other-calls">{t.join.openCalls}</h2>
          {others.length ? <CallCards calls={others} locale={locale} now={now} /> : <p>{t.join.noOpenCalls}</p>}
          <a className="button" href={`${localePath(locale, '/join')}#apply`}>
            {t.join.generalForm}
          </a>
        </section>
      ) : null}
      <section className="section band" aria-labelledby="call-apply">
        <h2 id="call-apply">{t.join.apply}</h2>
        <ApplicationForm locale={locale} call={{ id: call.id, slug: call.slug ?? '', title: call.title, isOpen: state === 'open', ...callRules(call) }} />
      </section>
    </article>
  )
}
