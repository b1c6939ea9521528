import { formatDateTimeRange } from '@/lib/content/dates'
import type { Locale } from '@/lib/content/paths'
import { textFor } from '@/signup/messages'
import type { SignupState } from '@/signup/public'
import styles from './Signup.module.css'
import { SignupForm } from './SignupForm'

/** The first screen of an activity taking sign-ups: open or not, the deadline, places left, and the form (or 已满，可以候补). */
export function SignupBox({ state, locale, slug, phone }: { state: SignupState; locale: Locale; slug: string; phone?: string | null }) {
  if (state.kind === 'none') return null
  const t = textFor(locale)
  const deadline = 'deadline' in state ? formatDateTimeRange(state.deadline, null, locale) : ''
  return (
    <section className={styles.box} id="signup" aria-labelledby="signup-heading">
      <h2 id="signup-heading">{t.heading}</h2>
      <p className={styles.state}>
        {state.kind === 'cancelled' ? <span>{t.cancelledActivity}</span> : null}
        {state.kind === 'closed' ? <span>{t.closed}</span> : null}
        {state.kind === 'open' ? <span>{t.open}</span> : null}
        {state.kind === 'full' ? <span className={styles.full}>{t.full}</span> : null}
        {deadline ? <span>{t.deadline(deadline)}</span> : null}
        {state.kind === 'open' ? <span>{state.placesLeft === null ? t.unlimited : t.placesLeft(state.placesLeft)}</span> : null}
      </p>
      {state.kind === 'full' ? <p>{t.fullHint}</p> : null}
      {state.kind === 'open' || state.kind === 'full' ? <SignupForm locale={locale} slug={slug} maxParty={state.maxParty} questions={state.questions} full={state.kind === 'full'} /> : null}
      {phone && state.kind !== 'cancelled' ? <p>{t.phoneInstead(phone)}</p> : null}
    </section>
  )
}
