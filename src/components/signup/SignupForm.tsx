import { formErrorTexts, publicFormTexts } from '@/forms/messages'
import { PublicForm } from '@/forms/PublicForm'
import type { Locale } from '@/lib/content/paths'
import { recruitmentPaths } from '@/recruitment/paths'
import { signupAction } from '@/signup/actions'
import { emptySignupValues } from '@/signup/form'
import { textFor } from '@/signup/messages'
import { mobilityOptions } from '@/signup/options'
import styles from './Signup.module.css'
import { FORM_ID, SignupFields } from './SignupFields'

type Props = { locale: Locale; slug: string; maxParty: number; questions: readonly string[]; full: boolean }

/**
 * The sign-up form: the shared public form (`src/forms/PublicForm`) sending to the sign-up's server
 * action, so it works with JavaScript off (the page comes back with the messages and what was typed,
 * or goes on to the private confirmation page) and is enhanced when it runs.
 */
export function SignupForm({ locale, slug, maxParty, questions, full }: Props) {
  const t = textFor(locale)
  return (
    <PublicForm
      id={FORM_ID}
      action={signupAction.bind(null, { locale, slug })}
      initialState={{ values: emptySignupValues, errors: {} }}
      challengeUrl={recruitmentPaths.challenge}
      texts={{ submit: full ? t.submitWaitlist : t.submit, submitting: publicFormTexts[locale].submitting, errorSummary: t.errors.summary, network: formErrorTexts[locale].network, honeypot: t.honeypot }}
      classes={{ form: styles.form, summary: styles.alert, trap: styles.honey, button: 'button' }}
    >
      <SignupFields
        questions={questions}
        t={{
          name: t.name,
          phone: t.phone,
          party: t.party,
          partyOptions: Array.from({ length: maxParty }, (_, i) => t.partyOption(i + 1)),
          email: t.email,
          pickup: t.pickup,
          diet: t.diet,
          mobility: t.mobility,
          mobilityNone: t.mobilityNone,
          mobilityOptions: mobilityOptions.map((o) => ({ value: o.value, label: o.label[locale] })),
          note: t.note,
          consent: t.consent,
        }}
      />
    </PublicForm>
  )
}
