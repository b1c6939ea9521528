import { formControls } from '@/forms/controls'
import type { FormState } from '@/forms/formState'
import type { FormErrorCode } from './messages'

/** The application form's element id; its fields are `apply-<field>`, their messages `apply-<field>-error`. */
export const FORM_ID = 'apply'

/** What the form sends, as typed: kept and shown again when something needs correcting. */
export type FormValues = {
  name: string
  phone: string
  email: string
  courtyard: string
  courtyardOther: string
  ageRange: string
  /** The call's choice (a role or an activity), when it offers some: the choice's id. */
  choice: string
  skills: string[]
  skillsNote: string
  availability: string[]
  referrer: string
  message: string
  consent: boolean
}

export const textFields = ['name', 'phone', 'email', 'courtyard', 'courtyardOther', 'ageRange', 'choice', 'skillsNote', 'referrer', 'message'] as const
export const listFields = ['skills', 'availability'] as const
export type FieldName = keyof FormValues

/** Form controls that are not the applicant's data: the shared ones (`src/forms`) and the privacy notice's version. */
export const controlFields = { ...formControls, noticeVersion: 'noticeVersion' } as const

export const emptyValues: FormValues = {
  name: '',
  phone: '',
  email: '',
  courtyard: '',
  courtyardOther: '',
  ageRange: '',
  choice: '',
  skills: [],
  skillsNote: '',
  availability: [],
  referrer: '',
  message: '',
  consent: false,
}

/** Kept values are capped so a pasted novel cannot blow up the page that shows them again. */
const KEEP_MAX = 4000

/** Reads a submitted form (any source) into plain strings; control characters other than newlines and tabs are dropped. */
export function readFormValues(get: (name: string) => string | null, getAll: (name: string) => string[]): FormValues {
  const clean = (value: string | null) => (value ?? '').replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').slice(0, KEEP_MAX)
  const values = { ...emptyValues }
  for (const field of textFields) values[field] = clean(get(field))
  for (const field of listFields) values[field] = getAll(field).map(clean).filter(Boolean).slice(0, 20)
  const consent = get('consent')
  values.consent = consent === 'yes' || consent === 'on' || consent === 'true'
  return values
}

/** What the server action answers the form with when it does not go on to the thanks page. */
export type ApplicationFormState = FormState<FormValues, FormErrorCode>
