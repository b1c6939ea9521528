import { documentPath, type Locale } from '@/lib/content/paths'
import { emptySignupValues, type SignupFieldErrors, type SignupValues } from '@/signup/form'
import { textFor } from '@/signup/messages'
import { mobilityOptions } from '@/signup/options'
import styles from './Signup.module.css'

type Props = {
  locale: Locale
  slug: string
  maxParty: number
  questions: readonly string[]
  full: boolean
  values?: SignupValues
  errors?: SignupFieldErrors
  formError?: string
}

/**
 * The sign-up form as plain HTML: it posts with JavaScript off and is answered with a page
 * (the confirmation, or this form again with messages). Field names follow the recruitment form's
 * controls (honeypot, idempotency key, proof of work) so the same checks apply.
 */
export function SignupForm({ locale, slug, maxParty, questions, full, values = emptySignupValues, errors = {}, formError }: Props) {
  const t = textFor(locale)
  const id = (name: string) => `signup-${name}`
  const described = (name: keyof SignupValues) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${id(name)}-error` } : {})
  const message = (name: keyof SignupValues) => (errors[name] ? <p className={styles.error} id={`${id(name)}-error`}>{errors[name]}</p> : null)
  const asks = (q: string) => questions.includes(q)
  return (
    <form className={styles.form} method="post" action={`${documentPath('activities', slug, locale)}/signup`} noValidate>
      {formError || Object.keys(errors).length ? (
        <div className={styles.alert} role="alert">
          {formError ?? t.errors.summary}
        </div>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={id('name')}>{t.name}</label>
        <input type="text" id={id('name')} name="name" autoComplete="name" required maxLength={60} defaultValue={values.name} {...described('name')} />
        {message('name')}
      </div>
      <div className={styles.field}>
        <label htmlFor={id('phone')}>{t.phone}</label>
        <input type="tel" id={id('phone')} name="phone" autoComplete="tel" inputMode="tel" required maxLength={30} defaultValue={values.phone} {...described('phone')} />
        {message('phone')}
      </div>
      <div className={styles.field}>
        <label htmlFor={id('partySize')}>{t.party}</label>
        <select id={id('partySize')} name="partySize" defaultValue={values.partySize} {...described('partySize')}>
          {Array.from({ length: maxParty }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {t.partyOption(i + 1)}
            </option>
          ))}
        </select>
        {message('partySize')}
      </div>
      {asks('pickup') ? (
        <div className={styles.check}>
          <input type="checkbox" id={id('pickup')} name="pickup" defaultChecked={values.pickup} />
          <label htmlFor={id('pickup')}>{t.pickup}</label>
        </div>
      ) : null}
      {asks('diet') ? (
        <div className={styles.field}>
          <label htmlFor={id('diet')}>{t.diet}</label>
          <input type="text" id={id('diet')} name="diet" maxLength={120} defaultValue={values.diet} />
        </div>
      ) : null}
      {asks('mobility') ? (
        <div className={styles.field}>
          <label htmlFor={id('mobility')}>{t.mobility}</label>
          <select id={id('mobility')} name="mobility" defaultValue={values.mobility}>
            <option value="">{t.mobilityNone}</option>
            {mobilityOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label[locale]}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {asks('note') ? (
        <div className={styles.field}>
          <label htmlFor={id('note')}>{t.note}</label>
          <textarea id={id('note')} name="note" rows={2} maxLength={500} defaultValue={values.note} />
        </div>
      ) : null}
      <div className={styles.field}>
        <label htmlFor={id('email')}>{t.email}</label>
        <input type="email" id={id('email')} name="email" autoComplete="email" maxLength={200} defaultValue={values.email} {...described('email')} />
        {message('email')}
      </div>
      <div className={styles.check}>
        <input type="checkbox" id={id('consent')} name="consent" defaultChecked={values.consent} required {...described('consent')} />
        <label htmlFor={id('consent')}>{t.consent}</label>
      </div>
      {message('consent')}
      <div className={styles.honey} aria-hidden="true">
        <label htmlFor={id('website')}>Website</label>
        <input type="text" id={id('website')} name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <div>
        <button className="button" type="submit">
          {full ? t.submitWaitlist : t.submit}
        </button>
      </div>
    </form>
  )
}
