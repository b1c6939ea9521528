'use client'

import { useEffect } from 'react'

type Texts = { submitting: string; errorSummary: string; network: string; server: string }
type Solved = { payload: string; expiresAt: number }
type Reply = { thanksUrl?: string; errors?: Record<string, string>; formError?: string; code?: string }

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

/**
 * Progressive enhancement of the server-rendered application form: sends it with fetch, shows the
 * server's messages beside the fields without a page load, adds the proof of work, and ignores a
 * second click while a submission is under way. Without JavaScript the form posts as it is.
 */
export function ApplicationFormEnhancer({ formId, challengeUrl, texts, errorClass }: { formId: string; challengeUrl: string; texts: Texts; errorClass?: string }) {
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null
    const summary = document.getElementById(`${formId}-summary`)
    if (!form || !summary) return
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
    const status = document.getElementById(`${formId}-status`)
    const keyInput = form.elements.namedItem('idempotencyKey') as HTMLInputElement | null
    const powInput = form.elements.namedItem('altcha') as HTMLInputElement | null
    if (keyInput && !keyInput.value) keyInput.value = randomKey()
    form.noValidate = true
    let pow = solveProofOfWork(challengeUrl)
    let busy = false

    const fieldOf = (name: string) => form.querySelector<HTMLElement>(`[data-field="${name}"]`)
    const controlsOf = (name: string) => Array.from(fieldOf(name)?.querySelectorAll<HTMLElement>('input, select, textarea') ?? [])

    function showSummary(lines: { text: string; href?: string }[], heading?: string) {
      summary!.replaceChildren()
      if (heading) {
        const p = document.createElement('p')
        if (errorClass) p.className = errorClass
        p.textContent = heading
        summary!.append(p)
      }
      const list = document.createElement('ul')
      for (const line of lines) {
        const item = document.createElement('li')
        if (line.href) {
          const link = document.createElement('a')
          link.href = line.href
          link.textContent = line.text
          item.append(link)
        } else item.textContent = line.text
        list.append(item)
      }
      if (lines.length) summary!.append(list)
      summary!.hidden = false
      summary!.focus()
    }

    function showErrors(errors: Record<string, string>) {
      form!.querySelectorAll<HTMLElement>('[data-field]').forEach((container) => {
        const name = container.dataset.field!
        const message = errors[name]
        const element = document.getElementById(`${formId}-${name}-error`)
        if (element) {
          element.textContent = message ?? ''
          element.hidden = !message
        }
        if (container.tagName === 'FIELDSET') {
          if (message) container.dataset.invalid = 'true'
          else delete container.dataset.invalid
        }
        for (const control of controlsOf(name)) {
          if (message) control.setAttribute('aria-invalid', 'true')
          else control.removeAttribute('aria-invalid')
        }
      })
      showSummary(
        Object.entries(errors).map(([name, text]) => ({ text, href: `#${formId}-${name}` })),
        texts.errorSummary,
      )
    }

    function setBusy(on: boolean) {
      busy = on
      if (button) {
        button.disabled = on
        if (on) button.setAttribute('aria-busy', 'true')
        else button.removeAttribute('aria-busy')
      }
      if (status) status.textContent = on ? texts.submitting : ''
    }

    async function onSubmit(event: SubmitEvent) {
      event.preventDefault()
      if (busy) return
      setBusy(true)
      try {
        let solved = await within(pow, SOLVE_WAIT_MS, null)
        if (solved && solved.expiresAt < Date.now() + 60_000) {
          pow = solveProofOfWork(challengeUrl)
          solved = await within(pow, SOLVE_WAIT_MS, null)
        }
        if (powInput) powInput.value = solved?.payload ?? ''
        const body = new URLSearchParams()
        for (const [name, value] of new FormData(form!)) if (typeof value === 'string') body.append(name, value)
        const response = await fetch(form!.action, { method: 'POST', body, headers: { accept: 'application/json' }, credentials: 'same-origin' })
        const reply = (await response.json().catch(() => ({}))) as Reply
        if (response.ok && reply.thanksUrl) {
          window.location.assign(reply.thanksUrl)
          return
        }
        if (response.status === 422 && reply.errors) showErrors(reply.errors)
        else {
          showErrors({})
          showSummary([{ text: reply.formError ?? texts.server }])
          if (reply.code?.startsWith('proofOfWork')) pow = solveProofOfWork(challengeUrl)
        }
      } catch {
        showSummary([{ text: texts.network }])
      }
      setBusy(false)
    }

    form.addEventListener('submit', onSubmit)
    return () => form.removeEventListener('submit', onSubmit)
  }, [formId, challengeUrl, texts, errorClass])

  return null
}
