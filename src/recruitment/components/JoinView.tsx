import { ApplicationForm } from '@/recruitment/components/ApplicationForm'
import type { Locale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { RecruitmentCall } from '@/payload-types'
import { CallCards } from './CallCards'

export function JoinView({ locale, calls, now }: { locale: Locale; calls: RecruitmentCall[]; now: string }) {
  const t = getDictionary(locale)
  return (
    <>
      <header className="page-head">
        <h1>{t.join.title}</h1>
        <p className="lead">{t.join.description}</p>
      </header>
      <section className="section" aria-labelledby="open-calls">
        <h2 id="open-calls">{t.join.openCalls}</h2>
        {calls.length ? <CallCards calls={calls} locale={locale} now={now} /> : <p>{t.join.noOpenCalls}</p>}
      </section>
      <section className="section band" aria-labelledby="general-form">
        <h2 id="general-form">{t.join.generalForm}</h2>
        <p>{t.join.generalFormIntro}</p>
        <ApplicationForm locale={locale} />
      </section>
    </>
  )
}
