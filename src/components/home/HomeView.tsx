import { ActivityCards } from '@/components/activities/ActivityCards'
import { CaseCards } from '@/components/cases/CaseCards'
import { PhoneLink } from '@/components/site/PhoneLink'
import { StoryCards } from '@/components/stories/StoryCard'
import { CallCards } from '@/recruitment/components/CallCards'
import { formatDateTimeRange } from '@/lib/content/dates'
import type { Mode } from '@/lib/content/mode'
import { documentPath, localePath, type Locale } from '@/lib/content/paths'
import { shortPlace } from '@/lib/content/place'
import { getDictionary } from '@/lib/i18n'
import type { Activity, Case, RecruitmentCall, SiteSetting, Story } from '@/payload-types'

export type HomeData = {
  settings: SiteSetting
  upcoming: Activity[]
  calls: RecruitmentCall[]
  stories: Story[]
  featuredCase: Case | null
  now: string
}

function SectionHead({ id, title, href, linkText }: { id: string; title: string; href: string; linkText: string }) {
  return (
    <div className="section-head">
      <h2 id={id}>{title}</h2>
      <a href={href}>{linkText}</a>
    </div>
  )
}

/** Where 我要报名 leads: the one upcoming activity taking sign-ups, or the activities list when there are several or none. */
function signupTarget(data: HomeData, locale: Locale): string {
  const open = data.upcoming.filter((a) => a.signup?.enabled && !a.signup?.cancelled)
  return open.length === 1 && open[0].slug ? `${documentPath('activities', open[0].slug, locale)}#signup` : localePath(locale, '/activities')
}

export function HomeView({ locale, mode = 'standard', data }: { locale: Locale; mode?: Mode; data: HomeData }) {
  const t = getDictionary(locale)
  const { settings } = data
  const href = (path: string) => localePath(locale, path)
  const next = mode === 'elder' ? data.upcoming[0] : undefined
  const hasVisit = Boolean(settings.address || settings.openingHours || settings.contactPhone)
  return (
    <>
      <section className="band section" aria-labelledby="home-title">
        <h1 id="home-title">{settings.teamName || t.siteFallbackName}</h1>
        {next ? (
          // Elder mode: the next activity comes first, before the introduction (issue 14, point 6).
          <div className="next-activity" data-next-activity>
            <p className="next-label">{t.home.nextActivity}</p>
            <p className="next-title">
              <a href={documentPath('activities', next.slug ?? '', locale)}>{next.title}</a>
            </p>
            <p className="when">
              <time dateTime={next.startsAt}>{formatDateTimeRange(next.startsAt, next.endsAt, locale)}</time>
            </p>
            <p>
              {t.activities.where}
              {t.colon}
              {shortPlace(next.place || settings.address) || t.activities.teamSpaceShort}
            </p>
          </div>
        ) : null}
        {settings.communityName ? <p className="lead">{settings.communityName}</p> : null}
        {settings.introduction ? <p>{settings.introduction}</p> : null}
        <div className="actions">
          <a className="button" href={href('/activities')}>
            {t.home.upcoming}
          </a>
          {/* 我要报名: residents signing up for an activity (the first upcoming one taking sign-ups), not the volunteer form. */}
          <a className="button secondary" href={signupTarget(data, locale)}>
            {t.home.joinButton}
          </a>
        </div>
      </section>

      <div className="home-grid">
        <div>
          <section className="section" aria-labelledby="home-upcoming">
            <SectionHead id="home-upcoming" title={t.home.upcoming} href={href('/activities')} linkText={t.home.allActivities} />
            {data.upcoming.length ? (
              <ActivityCards activities={data.upcoming} locale={locale} defaultPlace={settings.address || t.activities.teamSpaceShort} images={false} />
            ) : (
              <p>{t.home.noUpcoming}</p>
            )}
          </section>
          {data.stories.length ? (
            <section className="section" aria-labelledby="home-stories">
              <SectionHead id="home-stories" title={t.home.latestStories} href={href('/stories')} linkText={t.home.allStories} />
              <StoryCards stories={data.stories} locale={locale} />
            </section>
          ) : null}
          {data.featuredCase ? (
            <section className="section" aria-labelledby="home-case">
              <SectionHead id="home-case" title={t.home.featuredCase} href={href('/cases')} linkText={t.home.allCases} />
              <CaseCards cases={[data.featuredCase]} locale={locale} />
            </section>
          ) : null}
        </div>
        <aside>
          <section className="section" aria-labelledby="home-calls">
            <SectionHead id="home-calls" title={t.home.openCalls} href={href('/join')} linkText={t.home.allCalls} />
            {data.calls.length ? <CallCards calls={data.calls} locale={locale} now={data.now} /> : <p>{t.join.noOpenCalls}</p>}
          </section>
          <section className="section band" aria-labelledby="home-how">
            <h2 id="home-how">{t.home.howToJoin}</h2>
            <ol>
              {t.home.howToJoinSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <a className="button" href={href('/join')}>
              {t.home.volunteerButton}
            </a>
          </section>
          {hasVisit ? (
          <section className="section" aria-labelledby="home-visit">
            <h2 id="home-visit">{t.home.visitUs}</h2>
            {settings.address ? <p>{settings.address}</p> : null}
            {settings.openingHours ? <p>{settings.openingHours}</p> : null}
            {settings.contactPhone ? (
              <p>
                <PhoneLink phone={settings.contactPhone} />
              </p>
            ) : null}
          </section>
          ) : null}
        </aside>
      </div>
    </>
  )
}
