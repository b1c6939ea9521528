'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { twoFactorText } from '../messages'
import type { Enrolment } from '../state'
import { CodeInput, RecoveryCodeList, EnrolmentSteps, errorMessage, postJson } from './parts'
import styles from './TwoFactor.module.css'

type Props = { userId: string; self: boolean; enabledAt: string | null; required: boolean; language: 'zh' | 'en' }
type Mode = { kind: 'idle' } | { kind: 'enrol'; enrolment: Enrolment } | { kind: 'confirm'; action: 'regenerate' | 'disable' } | { kind: 'codes'; codes: string[] }

const when = (iso: string, language: 'zh' | 'en') =>
  new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(iso))

export function TwoFactorPanelClient({ userId, self, enabledAt, required, language }: Props) {
  const t = twoFactorText[language]
  const router = useRouter()
  const [mode, setMode] = useState<Mode>({ kind: 'idle' })
  const [code, setCode] = useState('')
  const [error, setError] = useState('')
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)

  async function run(path: string, body: Record<string, unknown>, then: (json: Record<string, unknown>) => void) {
    setBusy(true)
    setError('')
    try {
      const { ok, json } = await postJson(path, body)
      if (!ok) return setError(errorMessage(json, language))
      setCode('')
      then(json)
    } catch {
      setError(t.networkError)
    } finally {
      setBusy(false)
    }
  }

  const status = enabledAt ? t.panelOn(when(enabledAt, language)) : t.panelOff

  return (
    <div className={styles.panel} data-testid="two-factor-panel">
      <p className={styles.panelTitle}>{t.title}</p>
      <p className={styles.status}>{status}</p>
      {required && <p className={styles.help}>{t.panelRequired}</p>}
      {notice && <p className={styles.notice} role="status">{notice}</p>}
      {error && <p className={styles.error} role="alert">{error}</p>}

      {!self && enabledAt && mode.kind === 'idle' && (
        <>
          <p className={styles.help}>{t.panelResetHelp}</p>
          <Button buttonStyle="secondary" size="small" disabled={busy} onClick={() => run(`/api/users/two-factor/reset/${userId}`, {}, () => (setNotice(t.panelResetDone), router.refresh()))}>
            {t.panelReset}
          </Button>
        </>
      )}

      {self && !enabledAt && mode.kind === 'idle' && (
        <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => run('/api/users/two-factor/setup', {}, (json) => setMode({ kind: 'enrol', enrolment: json.enrolment as Enrolment }))}>
          {t.panelEnable}
        </Button>
      )}

      {self && mode.kind === 'enrol' && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void run('/api/users/two-factor/enable', { ticket: mode.enrolment.ticket, code }, (json) => setMode({ kind: 'codes', codes: json.recoveryCodes as string[] }))
          }}
        >
          <EnrolmentSteps enrolment={mode.enrolment} t={t} />
          <CodeInput id="panel-totp" label={t.codeLabel} value={code} onChange={setCode} />
          <div className={styles.actions}>
            <Button type="submit" buttonStyle="primary" size="small" disabled={busy}>{t.enrolConfirm}</Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setMode({ kind: 'idle' })}>{t.cancel}</Button>
          </div>
        </form>
      )}

      {self && enabledAt && mode.kind === 'idle' && (
        <div className={styles.actions}>
          <Button buttonStyle="secondary" size="small" onClick={() => setMode({ kind: 'confirm', action: 'regenerate' })}>{t.panelRegenerate}</Button>
          {!required && <Button buttonStyle="secondary" size="small" onClick={() => setMode({ kind: 'confirm', action: 'disable' })}>{t.panelDisable}</Button>}
        </div>
      )}

      {self && mode.kind === 'confirm' && (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            if (mode.action === 'regenerate') void run('/api/users/two-factor/recovery-codes', { code }, (json) => setMode({ kind: 'codes', codes: json.recoveryCodes as string[] }))
            else void run('/api/users/two-factor/disable', { code }, () => (setMode({ kind: 'idle' }), setNotice(t.panelDisabled), router.refresh()))
          }}
        >
          <CodeInput id="panel-totp" label={t.panelConfirmCode} value={code} onChange={setCode} />
          <div className={styles.actions}>
            <Button type="submit" buttonStyle="primary" size="small" disabled={busy}>{t.confirm}</Button>
            <Button buttonStyle="secondary" size="small" onClick={() => setMode({ kind: 'idle' })}>{t.cancel}</Button>
          </div>
        </form>
      )}

      {mode.kind === 'codes' && (
        <>
          <RecoveryCodeList codes={mode.codes} t={t} />
          <Button buttonStyle="primary" size="small" onClick={() => (setMode({ kind: 'idle' }), router.refresh())}>{t.codesSaved}</Button>
        </>
      )}
    </div>
  )
}
