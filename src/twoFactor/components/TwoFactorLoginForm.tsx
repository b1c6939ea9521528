'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { twoFactorText } from '../messages'
import type { Enrolment } from '../state'
import { CodeInput, EnrolmentSteps, firstError, inLanguage, postJson, RecoveryCodeList } from './parts'
import styles from './TwoFactor.module.css'

type Props = { redirectTo: string; loginPath: string; forgotPath: string; language: 'zh' | 'en' }
type Step = { kind: 'password' } | { kind: 'code'; recovery: boolean } | { kind: 'enrol'; enrolment: Enrolment } | { kind: 'done'; codes?: string[]; left?: number }

export function TwoFactorLoginForm({ redirectTo, loginPath, forgotPath, language }: Props) {
  const t = twoFactorText[language]
  const [step, setStep] = useState<Step>({ kind: 'password' })
  const [credentials, setCredentials] = useState({ email: '', password: '' })
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  // Until React runs, the button stays disabled: a form submitted by the browser itself would do nothing useful.
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])

  const enter = () => window.location.assign(redirectTo)

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    // The password fields are read from the form (not from state): what was typed before React took over counts.
    const form = new FormData(event.currentTarget)
    const { email, password } = step.kind === 'password' ? { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') } : credentials
    if (step.kind === 'password') setCredentials({ email, password })
    setBusy(true)
    setError('')
    const second =
      step.kind === 'code' ? (step.recovery ? { recoveryCode: code } : { totp: code }) : step.kind === 'enrol' ? { totp: code, enrolmentTicket: step.enrolment.ticket } : {}
    try {
      const { ok, json } = await postJson(loginPath, { email, password, ...second })
      if (ok) {
        const twoFactor = json.twoFactor as { recoveryCodes?: string[]; recoveryCodesLeft?: number } | undefined
        if (twoFactor?.recoveryCodes || twoFactor?.recoveryCodesLeft !== undefined) return setStep({ kind: 'done', codes: twoFactor.recoveryCodes, left: twoFactor.recoveryCodesLeft })
        return enter()
      }
      const problem = firstError(json)
      const data = problem?.data as { twoFactor?: 'code' | 'enrol'; wrong?: boolean; recovery?: boolean; enrolment?: Enrolment } | undefined
      if (data?.twoFactor === 'code') {
        if (step.kind !== 'code') setStep({ kind: 'code', recovery: false })
        if (data.wrong) setError(inLanguage(problem?.message ?? '', language))
      } else if (data?.twoFactor === 'enrol' && data.enrolment) {
        setStep({ kind: 'enrol', enrolment: data.enrolment })
        if (data.wrong || step.kind === 'enrol') setError(inLanguage(problem?.message ?? '', language))
      } else {
        setError(inLanguage(problem?.message ?? t.networkError, language))
      }
      setCode('')
    } catch {
      setError(t.networkError)
    } finally {
      setBusy(false)
    }
  }

  const restart = () => {
    setStep({ kind: 'password' })
    setCredentials({ email: credentials.email, password: '' })
    setCode('')
    setError('')
  }

  if (step.kind === 'done') {
    return (
      <div className={styles.form}>
        {step.codes && <RecoveryCodeList codes={step.codes} t={t} />}
        {step.left !== undefined && (
          <p className={styles.notice} role="status">
            {t.codesLeft(step.left)}
          </p>
        )}
        <Button buttonStyle="primary" size="large" onClick={enter}>
          {step.codes ? t.codesSaved : t.continue}
        </Button>
      </div>
    )
  }

  return (
    <form className={styles.form} method="post" onSubmit={submit} data-testid="sign-in-form" data-step={step.kind}>
      <h1 className={styles.heading}>{step.kind === 'enrol' ? t.enrolTitle : step.kind === 'code' ? t.title : t.signInTitle}</h1>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {step.kind === 'password' && (
        <>
          <div className={`field-type email ${styles.field}`}>
            <label className="field-label" htmlFor="field-email">
              {t.email}
            </label>
            <div className="field-type__wrap">
              <input id="field-email" name="email" type="email" autoComplete="email" required defaultValue={credentials.email} />
            </div>
          </div>
          <div className={`field-type password ${styles.field}`}>
            <label className="field-label" htmlFor="field-password">
              {t.password}
            </label>
            <div className="field-type__wrap">
              <input id="field-password" name="password" type="password" autoComplete="current-password" required />
            </div>
          </div>
          <a href={forgotPath}>{t.forgot}</a>
        </>
      )}
      {step.kind === 'code' && (
        <>
          <CodeInput
            id={step.recovery ? 'field-recovery-code' : 'field-totp'}
            label={step.recovery ? t.recoveryLabel : t.codeLabel}
            help={step.recovery ? t.recoveryHelp : t.codeHelp}
            recovery={step.recovery}
            value={code}
            onChange={setCode}
          />
          <button type="button" className={styles.linkButton} onClick={() => (setStep({ kind: 'code', recovery: !step.recovery }), setCode(''), setError(''))}>
            {step.recovery ? t.useCode : t.useRecovery}
          </button>
        </>
      )}
      {step.kind === 'enrol' && (
        <>
          <EnrolmentSteps enrolment={step.enrolment} t={t} />
          <CodeInput id="field-totp" label={t.codeLabel} value={code} onChange={setCode} />
        </>
      )}
      <div className={styles.actions}>
        <Button type="submit" buttonStyle="primary" size="large" disabled={busy || !ready}>
          {busy ? t.busy : step.kind === 'password' ? t.signIn : step.kind === 'enrol' ? t.enrolConfirm : t.verify}
        </Button>
        {step.kind !== 'password' && (
          <button type="button" className={styles.linkButton} onClick={restart}>
            {t.back}
          </button>
        )}
      </div>
    </form>
  )
}
