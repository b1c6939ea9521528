import type { Locale } from '@/lib/content/paths'
import type { FormErrorCode } from './messages'

import { formControls } from './controls'
import type { SubmittedForm } from './http'

export type { SubmittedForm }

export { formControls }

type Limit = { env: string; perMinute: number }

export type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>
export type Validation<Values, Data> = { ok: true; data: Data } | { ok: false; errors: FieldErrors<Values> }

/** A refusal that is not about one field: a shared code, or one of the capability's own (e.g. `closed`). */
export type Refusal<Code extends string> = { refuse: FormErrorCode | Code; status: 400 | 403 | 404 | 409 | 429 }

/** What a store function reports when a unique constraint says this was already stored. */
export class AlreadyStored extends Error {
  constructor(readonly on: 'idempotencyKey' | 'proofOfWorkId' | 'retry') {
    super(`refused by the ${on} constraint`)
  }
}

/**
 * One public form of one capability (an application, an activity sign-up, a volunteer's details).
 * The shared machinery (`submit.ts`) does the rest: rate limits, honeypot, proof of work,
 * idempotency, field errors in the visitor's language, kept values, the thanks redirect.
 *
 * - `Target` is what the form is for, from the page (a call's slug, an activity's id); bound into the server action.
 * - `Context` is what `resolve` found for it (the call's id), handed to validate and store.
 */
export type PublicFormDefinition<Values, Data, Target, Context, Code extends string = never> = {
  /** A short name: rate limits and logs are per form. */
  name: string
  /** Per client address and minute: every POST, stored ones with and without the proof of work (each can be set by its environment variable). */
  limits: { attempts: Limit; verified: Limit; unverified: Limit }
  /** The visitor's values as typed (kept and shown again when something needs correcting). */
  read(form: SubmittedForm): Values
  /** What the form is for: undefined when it does not exist (404), a refusal when it is closed. */
  resolve(target: Target, locale: Locale): Promise<{ context: Context } | Refusal<Code> | undefined>
  /** Field errors are already in `locale`; `fresh` asks to re-read anything cached (after a conflict). */
  validate(values: Values, locale: Locale, context: Context, fresh: boolean): Validation<Values, Data> | Promise<Validation<Values, Data>>
  /** Who and what a submission without a client key is about: the same identity and scope on the same day count once. */
  identity(data: Data, context: Context): { scope: string; identity: { kind: string; value: string } }
  /** A stored submission with this idempotency key (repeat: true) or with this proof of work (a reuse). */
  findEarlier(key: string, proofOfWorkId: string | undefined): Promise<{ reference: string; repeat: boolean; token?: string } | undefined>
  /**
   * Stores the submission with its mails queued, in one transaction. Throws AlreadyStored on a clash of
   * the idempotency key or proof of work (or `retry` for one worth trying again, e.g. a reference clash);
   * answers `invalid` when something it relied on vanished meanwhile, `notFound` when the target did,
   * a refusal when the target closed meanwhile. A `token` (a private link's secret) goes to `thanksPath` only.
   */
  store(args: { data: Data; context: Context; locale: Locale; key: string; proofOfWorkId?: string; form: SubmittedForm; values: Values }): Promise<{ reference: string; token?: string } | { invalid: FieldErrors<Values> } | Refusal<Code> | 'notFound'>
  /** Where the visitor goes once it is stored (`token`: what `store` or `findEarlier` gave with the reference). */
  thanksPath(locale: Locale, reference: string, target: Target, token?: string): string
  /** The wording of a whole-form refusal, in `locale` (`formErrorTexts` has generic ones). */
  formErrorMessage(locale: Locale, code: FormErrorCode | Code): string
  /** A link that helps after a refusal (e.g. the open calls after `closed`). */
  formErrorLink?(locale: Locale, code: FormErrorCode | Code): { href: string; text: string } | undefined
}

export type SubmitOutcome<Values, Code extends string> =
  | { kind: 'stored'; reference: string; repeat: boolean; token?: string }
  | { kind: 'invalid'; values: Values; errors: FieldErrors<Values> }
  | { kind: 'refused'; status: 400 | 403 | 404 | 409 | 413 | 429 | 500 | 503; formError: FormErrorCode | Code; values: Values; retryAfterSeconds?: number }
  | { kind: 'notFound' }
