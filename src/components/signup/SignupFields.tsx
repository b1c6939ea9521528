'use client'

import { usePublicFormAnswer } from '@/forms/PublicForm'
import { emptySignupValues, type SignupFieldErrors, type SignupValues } from '@/signup/form'
import styles from './Signup.module.css'

export const FORM_ID = 'signup-form'

/** The labels the fields show, worked out on the server (a client component gets no functions). */
export type SignupFieldTexts = {
  name: string
  phone: string
  party: string
  partyOptions: string[]
  email: string
  pickup: string
  diet: string
  mobility: string
  mobilityNone: string
  mobilityOptions: { value: string; label: string }[]
  note: string
  consent: string
}

/**
 * The sign-up's fields inside the shared `PublicForm`: what was typed and each field's message come
 * from the form's latest answer (the server action's), with JavaScript or without.
 */
export function SignupFields({ t, questions }: { t: SignupFieldTexts; questions: readonly string[] }) {
  const answer = usePublicFormAnswer<SignupValues>()
  const values = { ...emptySignupValues, ...answer.values }
  const errors = answer.errors as SignupFieldErrors
  const id = (name: string) => `${FORM_ID}-${name}`
  const described = (name: keyof SignupValues) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `${id(name)}-error` } : {})
  const message = (name: keyof SignupValues) =>
    errors[name] ? (
      <p className={styles.error} id={`${id(name)}-error`}>
        {errors[name]}
      </p>
    ) : null
  const asks = (q: string) => questions.includes(q)
  return (
    <>
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
          {t.partyOptions.map((label, i) => (
            <option key={i + 1} value={i + 1}>
              {label}
            </option>
          ))}
        </select>
        {message('partySize')}
      </div>
      {asks('pickup') ? (
        <label className={styles.check}>
          <input type="checkbox" id={id('pickup')} name="pickup" defaultChecked={values.pickup} />
          {t.pickup}
        </label>
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
            {t.mobilityOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
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
      <label className={styles.check}>
        <input type="checkbox" id={id('consent')} name="consent" defaultChecked={values.consent} required {...described('consent')} />
        {t.consent}
      </label>
      {message('consent')}
    </>
  )
}
