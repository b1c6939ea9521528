'use server'

import { runFormAction } from '@/forms/action'
import type { FormState } from '@/forms/formState'
import { asLocale } from '@/lib/i18n'
import type { SignupValues } from './form'
import { type SignupTarget, signupForm } from './publicForm'

/** The activity sign-up's server action; the page binds the activity (`signupAction.bind(null, target)`). */
export async function signupAction(target: SignupTarget, _previous: FormState<SignupValues, string>, data: FormData): Promise<FormState<SignupValues, string>> {
  return runFormAction(signupForm, { locale: asLocale(target.locale), slug: typeof target.slug === 'string' ? target.slug : '' }, data)
}
