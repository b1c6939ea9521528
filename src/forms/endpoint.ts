import type { Locale } from '@/lib/content/paths'
import { clientAddress } from './clientAddress'
import type { PublicFormDefinition } from './definition'
import { classifyFailure, parseForm, plainMessagePage, PRIVATE_JSON_HEADERS, retryAfter, seeOther, wantsJson } from './http'
import { submitPublicForm } from './submit'

/**
 * A form's POST endpoint, for clients other than its page (whose form uses the server action): JSON
 * with `Accept: application/json` (201 stored, 200 a repeat, 422 field errors, 4xx/5xx refusals with
 * their message), otherwise 303 to the thanks page or a plain page with the message and a way back.
 */
export async function handleFormPost<Values, Data, Target, Context, Code extends string>(
  definition: PublicFormDefinition<Values, Data, Target, Context, Code>,
  request: Request,
  args: { locale: Locale; target: Target; back: { href: string; label: string }; lang: string },
): Promise<Response> {
  const { locale, target } = args
  const json = wantsJson(request)
  const plain = (status: number, message: string, headers: Record<string, string> = {}) => plainMessagePage({ lang: args.lang, status, message, back: args.back, headers })
  let outcome
  try {
    outcome = await submitPublicForm(definition, { locale, target, form: await parseForm(request), client: clientAddress(request.headers) })
  } catch (error) {
    const failure = classifyFailure(error, definition.name)
    const message = definition.formErrorMessage(locale, failure.code)
    if (json) return Response.json({ code: failure.code, formError: message }, { status: failure.status, headers: { ...PRIVATE_JSON_HEADERS, ...failure.headers } })
    return plain(failure.status, message, failure.headers)
  }
  switch (outcome.kind) {
    case 'notFound':
      return json ? Response.json({ code: 'notFound' }, { status: 404, headers: PRIVATE_JSON_HEADERS }) : plain(404, definition.formErrorMessage(locale, 'notFound'))
    case 'stored': {
      const thanksUrl = definition.thanksPath(locale, outcome.reference, target, outcome.token)
      return json ? Response.json({ reference: outcome.reference, thanksUrl }, { status: outcome.repeat ? 200 : 201, headers: PRIVATE_JSON_HEADERS }) : seeOther(thanksUrl)
    }
    case 'invalid':
      return json ? Response.json({ errors: outcome.errors }, { status: 422, headers: PRIVATE_JSON_HEADERS }) : plain(422, Object.values(outcome.errors).join(' '))
    case 'refused': {
      const message = definition.formErrorMessage(locale, outcome.formError)
      const link = definition.formErrorLink?.(locale, outcome.formError)
      const headers = retryAfter(outcome.retryAfterSeconds)
      if (!json) return plain(outcome.status, message, headers)
      return Response.json({ code: outcome.formError, formError: message, ...(link ? { link: link.href } : {}) }, { status: outcome.status, headers: { ...PRIVATE_JSON_HEADERS, ...headers } })
    }
  }
}
