'use client'

import { createContext, type ReactNode, startTransition, useActionState, useContext, useEffect, useRef, useState } from 'react'

import { island } from '@/lib/islands'

import { formControls } from './controls'
import type { FormState } from './formState'

type AnyState = FormState<Record<string, unknown>, string>
type Solved = { payload: string; expiresAt: number }

const SOLVE_WAIT_MS = 20_000

/** A random key per page load: the server stores a submission once per key, whatever the clicks and retries. */
function randomKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * Solves the server's proof-of-work challenge in the background. Without WebCrypto (old browsers,
 * plain http) it gives up and the form is sent without it: the server then applies a stricter limit.
 */
async function solveProofOfWork(url: string): Promise<Solved | null> {
  try {
    if (!globalThis.crypto?.subtle) return null
    const [{ solveChallenge }, { deriveKey }] = await Promise.all([import('altcha-lib'), import('altcha-lib/algorithms/web/pbkdf2')])
    const response = await fetch(url, { cache: 'no-store', credentials: 'omit' })
    if (!response.ok) return null
    const challenge = await response.json()
    const solution = await solveChallenge({ challenge, deriveKey, timeout: 90_000 })
    if (!solution) return null
    const expiresAt = Number(challenge.parameters?.expiresAt ?? 0) * 1000 || Number.POSITIVE_INFINITY
    return { payload: btoa(JSON.stringify({ challenge, solution })), expiresAt }
  } catch {
    return null
  }
}

const within = <T,>(promise: Promise<T>, ms: number, fallback: T) => Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms))])

const AnswerContext = createContext<AnyState>({ values: {}, errors: {} })

/** The form's latest answer (kept values, field errors), for the fields inside a `PublicForm`. */
export function usePublicFormAnswer<Values extends Record<string, unknown>>(): FormState<Values, string> {
  return useContext(AnswerContext) as FormState<Values, string>
}

export type PublicFormTexts = { submit: string; submitting: string; errorSummary: string; network: string; honeypot: string }
export type PublicFormClasses = Partial<Record<'form' | 'summary' | 'formError' | 'trap' | 'status' | 'button', string>>

/**
 * A public form of any capability: a server action through React's `useActionState`, so the same
 * form works without JavaScript (the browser posts it, Next renders the page again with the answer)
 * and with it (no page load; the proof of work is solved first, a second click is ignored, the
 * focus moves to the messages). It renders the message summary, the shared controls (honeypot,
 * idempotency key, proof of work) and the submit button; `children` are the capability's fields,
 * which read kept values and errors with `usePublicFormAnswer()`.
 */
export function PublicForm<Values extends Record<string, unknown>>({
  id,
  action,
  initialState,
  challengeUrl,
  texts,
  classes = {},
  children,
}: {
  id: string
  action: (state: FormState<Values, string>, data: FormData) => Promise<FormState<Values, string>>
  initialState: FormState<Values, string>
  challengeUrl: string
  texts: PublicFormTexts
  classes?: PublicFormClasses
  children: ReactNode
}) {
  const [state, formAction, pending] = useActionState(action, initialState)
  const [waiting, setWaiting] = useState(false)
  const [offline, setOffline] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const pow = useRef<Promise<Solved | null> | null>(null)
  const busy = useRef(false)

  useEffect(() => {
    const form = formRef.current!
    form.noValidate = true
    const key = form.elements.namedItem(formControls.idempotencyKey) as HTMLInputElement | null
    if (key && !key.value) key.value = randomKey()
    pow.current = solveProofOfWork(challengeUrl)
  }, [challengeUrl])

  useEffect(() => {
    if (pending) return
    busy.current = false
    // A proof of work is good for one stored submission: the next try gets a fresh one.
    if (state.answeredAt) pow.current = solveProofOfWork(challengeUrl)
    const key = formRef.current?.elements.namedItem(formControls.idempotencyKey) as HTMLInputElement | null
    if (key && !key.value) key.value = state.idempotencyKey || randomKey()
  }, [pending, state.answeredAt, state.idempotencyKey, challengeUrl])

  useEffect(() => {
    if (state.answeredAt && (state.formErrorText || Object.keys(state.errors).length)) summaryRef.current?.focus()
  }, [state.answeredAt, state.formErrorText, state.errors])

  async function prepare(form: HTMLFormElement) {
    setWaiting(true)
    let solved = await within(pow.current ?? Promise.resolve(null), SOLVE_WAIT_MS, null)
    if (solved && solved.expiresAt < Date.now() + 60_000) {
      pow.current = solveProofOfWork(challengeUrl)
      solved = await within(pow.current, SOLVE_WAIT_MS, null)
    }
    const input = form.elements.namedItem(formControls.proofOfWork) as HTMLInputElement | null
    if (input) input.value = solved?.payload ?? ''
    setWaiting(false)
    // The action is called directly, not through a second submit event: Chromium sent no form when
    // requestSubmit() followed the prevented first submit (measured: no request left the page).
    startTransition(() => formAction(new FormData(form)))
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (busy.current || pending) return
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setOffline(true)
      summaryRef.current?.focus()
      return
    }
    setOffline(false)
    busy.current = true
    void prepare(event.currentTarget)
  }

  const errors = Object.entries(state.errors as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
  const formError = offline ? texts.network : state.formErrorText
  const sending = pending || waiting
  return (
    <AnswerContext value={state as AnyState}>
      <div id={`${id}-summary`} ref={summaryRef} className={classes.summary} role="alert" tabIndex={-1} hidden={!formError && errors.length === 0}>
        {formError && <p className={classes.formError}>{formError}</p>}
        {!offline && state.formErrorLink && (
          <p>
            <a href={state.formErrorLink.href}>{state.formErrorLink.text}</a>
          </p>
        )}
        {errors.length > 0 && (
          <>
            <p className={classes.formError}>{texts.errorSummary}</p>
            <ul>
              {errors.map(([field, message]) => (
                <li key={field}>
                  <a href={`#${id}-${field}`}>{message}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <form id={id} ref={formRef} className={classes.form} action={formAction} onSubmit={onSubmit} {...island}>
        {children}
        <div className={classes.trap} aria-hidden="true">
          <label htmlFor={`${id}-${formControls.honeypot}`}>{texts.honeypot}</label>
          <input id={`${id}-${formControls.honeypot}`} type="text" name={formControls.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <input type="hidden" name={formControls.idempotencyKey} defaultValue={state.idempotencyKey ?? ''} />
        <input type="hidden" name={formControls.proofOfWork} defaultValue="" />
        <p id={`${id}-status`} className={classes.status} role="status" aria-live="polite">
          {sending ? texts.submitting : ''}
        </p>
        <button type="submit" className={classes.button} disabled={sending} aria-busy={sending || undefined}>
          {texts.submit}
        </button>
      </form>
    </AnswerContext>
  )
}
