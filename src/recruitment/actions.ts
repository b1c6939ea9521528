'use server'

import { runFormAction } from '@/forms/action'
import type { FormState } from '@/forms/formState'
import type { FormValues } from './form'
import { type ApplicationTarget, applicationForm } from './submit'
import { asLocale } from '@/lib/i18n'

/** The application form's server action; the page binds what the form is for (`applyAction.bind(null, target)`). */
export async function applyAction(target: ApplicationTarget, _previous: FormState<FormValues, string>, data: FormData): Promise<FormState<FormValues, string>> {
  return runFormAction(applicationForm, { locale: asLocale(target.locale), slug: typeof target.slug === 'string' ? target.slug : undefined }, data)
}
