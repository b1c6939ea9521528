/**
 * What a server action answers a public form with when it does not go on to the thanks page: the
 * kept values, one message per wrong field (already in the visitor's language), the whole-form
 * message, and the idempotency key to send again. With JavaScript, React hands it to the form
 * (`useActionState`); without, Next renders the same page with it (progressive enhancement), so
 * nothing typed is stored on the server and nothing is sealed or fetched back.
 */
export type FormState<Values = Record<string, unknown>, FormError extends string = string> = {
  values: Values
  errors: Partial<Record<keyof Values & string, string>>
  /** Why the whole form was refused (spam, closed, rate limited…), as a code… */
  formError?: FormError
  /** …and as the sentence shown to the visitor. */
  formErrorText?: string
  /** A link that helps after that refusal (e.g. the open calls after `closed`). */
  formErrorLink?: { href: string; text: string }
  idempotencyKey?: string
  /** Changes with every answer, so the form knows a new one arrived (to move the focus to its messages). */
  answeredAt?: number
}
