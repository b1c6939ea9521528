'use client'

import type { ReactNode } from 'react'

import { usePublicFormAnswer } from '@/forms/PublicForm'
import type { Locale } from '@/lib/content/paths'
import { emptyValues, type FieldName, FORM_ID, type FormValues } from '@/recruitment/form'
import type { FormTexts } from '@/recruitment/messages'
import { availability, OTHER_COURTYARD, skills } from '@/recruitment/options'
import styles from './ApplicationForm.module.css'

const id = (field: string) => `${FORM_ID}-${field}`

type FieldProps = { field: FieldName; label: string; hint?: string; error?: string; required?: boolean; optionalText: string; children: ReactNode }

/** After a label or legend: a star for a required field, the “optional” note otherwise. */
function RequiredMark({ required, optionalText }: { required?: boolean; optionalText: string }) {
  return required ? <span aria-hidden="true"> *</span> : <span className={styles.optional}>（{optionalText}）</span>
}

/** Hint and error under a label or legend; the error element always exists so the enhanced form can fill it. */
function FieldNotes({ field, hint, error }: { field: FieldName; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={id(`${field}-hint`)} className={styles.hint}>
          {hint}
        </p>
      )}
      <p id={id(`${field}-error`)} className={styles.error} hidden={!error}>
        {error}
      </p>
    </>
  )
}

/** Label, hint and error sit beside the control. */
function Field({ field, label, hint, error, required, optionalText, children }: FieldProps) {
  return (
    <div className={styles.field} data-field={field} data-label={label}>
      <label htmlFor={id(field)} className={styles.label}>
        {label}
        <RequiredMark required={required} optionalText={optionalText} />
      </label>
      <FieldNotes field={field} hint={hint} error={error} />
      {children}
    </div>
  )
}

type ChoiceGroupProps = {
  field: FieldName
  legend: string
  hint?: string
  error?: string
  type: 'radio' | 'checkbox'
  options: readonly { value: string; label: Record<Locale, string> }[]
  selected: readonly string[]
  locale: Locale
  required?: boolean
  optionalText: string
}

function ChoiceGroup({ field, legend, hint, error, type, options, selected, locale, required, optionalText }: ChoiceGroupProps) {
  const describedBy = [hint && id(`${field}-hint`), id(`${field}-error`)].filter(Boolean).join(' ')
  return (
    <fieldset id={id(field)} className={styles.group} data-field={field} data-label={legend} data-invalid={error ? 'true' : undefined} aria-describedby={describedBy}>
      <legend className={styles.label}>
        {legend}
        <RequiredMark required={required} optionalText={optionalText} />
      </legend>
      <FieldNotes field={field} hint={hint} error={error} />
      <div className={styles.choices}>
        {options.map((option, index) => (
          <label key={option.value} className={styles.choice} htmlFor={id(`${field}-${index}`)}>
            <input
              id={id(`${field}-${index}`)}
              type={type}
              name={field}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
              required={type === 'radio' && required ? true : undefined}
              aria-invalid={error ? true : undefined}
            />
            <span>{option.label[locale]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}

type Limits = { name: number; email: number; courtyardOther: number; skillsNote: number; referrer: number; message: number }

/**
 * The application's fields inside the shared `PublicForm`: what was typed and each field's message
 * come from the form's latest answer (the server action's), with JavaScript or without.
 */
type Option = { value: string; label: Record<Locale, string> }

export function ApplicationFields({
  locale,
  t,
  courtyards,
  notice,
  limits,
  ageOptions,
  choices,
}: {
  locale: Locale
  t: FormTexts
  courtyards: { id: number; name: string }[]
  notice: { text: string; version: number }
  limits: Limits
  /** Only the age ranges the call accepts (its minimum age). */
  ageOptions: readonly Option[]
  /** The call's choices (roles or activities): one must be chosen when there are any. */
  choices: readonly Option[]
}) {
  const answer = usePublicFormAnswer<FormValues>()
  const values = { ...emptyValues, ...answer.values }
  const errors = answer.errors as Partial<Record<FieldName, string>>
  const describe = (field: FieldName, hint = false) => [hint && id(`${field}-hint`), id(`${field}-error`)].filter(Boolean).join(' ')
  const invalid = (field: FieldName) => (errors[field] ? true : undefined)
  const common = { optionalText: t.optional }
  return (
    <>
      <Field field="name" label={t.name} error={errors.name} required {...common}>
        <input id={id('name')} name="name" type="text" autoComplete="name" required maxLength={limits.name} defaultValue={values.name} aria-invalid={invalid('name')} aria-describedby={describe('name')} />
      </Field>

      <Field field="phone" label={t.phone} hint={t.phoneHint} error={errors.phone} required {...common}>
        <input id={id('phone')} name="phone" type="tel" inputMode="tel" autoComplete="tel" required maxLength={20} defaultValue={values.phone} aria-invalid={invalid('phone')} aria-describedby={describe('phone', true)} />
      </Field>

      <Field field="email" label={t.email} hint={t.emailHint} error={errors.email} {...common}>
        <input id={id('email')} name="email" type="email" inputMode="email" autoComplete="email" maxLength={limits.email} defaultValue={values.email} aria-invalid={invalid('email')} aria-describedby={describe('email', true)} />
      </Field>

      <Field field="courtyard" label={t.courtyard} error={errors.courtyard} required {...common}>
        <select id={id('courtyard')} name="courtyard" required defaultValue={values.courtyard} aria-invalid={invalid('courtyard')} aria-describedby={describe('courtyard')}>
          <option value="">{t.courtyardChoose}</option>
          {courtyards.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.name}
            </option>
          ))}
          <option value={OTHER_COURTYARD}>{t.courtyardOther}</option>
        </select>
      </Field>

      <Field field="courtyardOther" label={t.courtyardOtherText} error={errors.courtyardOther} {...common}>
        <input id={id('courtyardOther')} name="courtyardOther" type="text" autoComplete="address-line1" maxLength={limits.courtyardOther} defaultValue={values.courtyardOther} aria-invalid={invalid('courtyardOther')} aria-describedby={describe('courtyardOther')} />
      </Field>

      <ChoiceGroup field="ageRange" legend={t.ageRange} error={errors.ageRange} type="radio" options={ageOptions} selected={[values.ageRange]} locale={locale} required {...common} />

      {choices.length > 0 && <ChoiceGroup field="choice" legend={t.choice} hint={t.choiceHint} error={errors.choice} type="radio" options={choices} selected={[values.choice]} locale={locale} required {...common} />}

      <ChoiceGroup field="skills" legend={t.skills} hint={t.skillsHint} error={errors.skills} type="checkbox" options={skills} selected={values.skills} locale={locale} {...common} />

      <Field field="skillsNote" label={t.skillsNote} error={errors.skillsNote} {...common}>
        <input id={id('skillsNote')} name="skillsNote" type="text" maxLength={limits.skillsNote} defaultValue={values.skillsNote} aria-invalid={invalid('skillsNote')} aria-describedby={describe('skillsNote')} />
      </Field>

      <ChoiceGroup field="availability" legend={t.availability} hint={t.availabilityHint} error={errors.availability} type="checkbox" options={availability} selected={values.availability} locale={locale} required {...common} />

      <Field field="referrer" label={t.referrer} hint={t.referrerHint} error={errors.referrer} {...common}>
        <input id={id('referrer')} name="referrer" type="text" autoComplete="off" maxLength={limits.referrer} defaultValue={values.referrer} aria-invalid={invalid('referrer')} aria-describedby={describe('referrer', true)} />
      </Field>

      <Field field="message" label={t.message} error={errors.message} {...common}>
        <textarea id={id('message')} name="message" rows={4} maxLength={limits.message} defaultValue={values.message} aria-invalid={invalid('message')} aria-describedby={describe('message')} />
      </Field>

      <div className={styles.notice} id={id('notice')}>
        <h3>{t.privacyHeading}</h3>
        <p>{notice.text}</p>
      </div>
      <div className={styles.field} data-field="consent" data-label={t.privacyHeading}>
        <p id={id('consent-error')} className={styles.error} hidden={!errors.consent}>
          {errors.consent}
        </p>
        <label className={styles.choice} htmlFor={id('consent')}>
          <input id={id('consent')} type="checkbox" name="consent" value="yes" required defaultChecked={values.consent} aria-invalid={invalid('consent')} aria-describedby={`${id('notice')} ${id('consent-error')}`} />
          <span>
            {t.consent}
            <span aria-hidden="true"> *</span>
          </span>
        </label>
      </div>

      <input type="hidden" name="noticeVersion" value={String(notice.version)} />
    </>
  )
}
