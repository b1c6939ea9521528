import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import type { Locale } from '@/lib/content/paths'
import { clientAddress } from './clientAddress'
import { formControls, type PublicFormDefinition } from './definition'
import type { FormState } from './formState'
import { classifyFailure } from './http'
import { fromFormData, submitPublicForm } from './submit'

/**
 * The body of a capability's server action: runs the shared submission and either redirects to
 * the thanks page (303 without JavaScript, a client navigation with it) or answers the form state
 * to show. A capability's `'use server'` file calls it with its definition and bound target:
 *
 *   export async function applyAction(target: Target, _prev: State, data: FormData) {
 *     return runFormAction(applicationForm, target, data)
 *   }
 */
export async function runFormAction<Values, Data, Target extends { locale: Locale }, Context, Code extends string>(
  definition: PublicFormDefinition<Values, Data, Target, Context, Code>,
  target: Target,
  data: FormData,
): Promise<FormState<Values, string>> {
  const { locale } = target
  const form = fromFormData(data)
  const key = form.get(formControls.idempotencyKey) ?? undefined
  const answer = (state: Omit<FormState<Values, string>, 'idempotencyKey' | 'answeredAt'>): FormState<Values, string> => ({ ...state, idempotencyKey: key, answeredAt: Date.now() })
  let thanks: string
  try {
    const outcome = await submitPublicForm(definition, { locale, target, form, client: clientAddress(await headers()) })
    switch (outcome.kind) {
      case 'stored':
        thanks = definition.thanksPath(locale, outcome.reference, target, outcome.token)
        break
      case 'invalid':
        return answer({ values: outcome.values, errors: outcome.errors })
      case 'refused':
        return answer({ values: outcome.values, errors: {}, formError: outcome.formError, formErrorText: definition.formErrorMessage(locale, outcome.formError), formErrorLink: definition.formErrorLink?.(locale, outcome.formError) })
      case 'notFound':
        return answer({ values: definition.read(form), errors: {}, formError: 'notFound', formErrorText: definition.formErrorMessage(locale, 'notFound') })
    }
  } catch (error) {
    const failure = classifyFailure(error, definition.name)
    return answer({ values: definition.read(form), errors: {}, formError: failure.code, formErrorText: definition.formErrorMessage(locale, failure.code) })
  }
  // Outside the try: redirect() throws to do its work.
  redirect(thanks)
}
