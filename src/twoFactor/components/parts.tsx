'use client'

import React from 'react'

import type { TwoFactorText } from '../messages'
import type { Enrolment } from '../state'
import styles from './TwoFactor.module.css'

export async function postJson(path: string, body: Record<string, unknown>): Promise<{ ok: boolean; status: number; json: Record<string, unknown> }> {
  const res = await fetch(path, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const json = (await res.json().catch(() => ({}))) as Record<string, unknown>
  return { ok: res.ok, status: res.status, json }
}

/** The server's messages carry both languages (“中文。English.”); the admin shows its own. */
export function inLanguage(message: string, language: 'zh' | 'en'): string {
  const both = message.match(/^(.*[。！？])\s*([A-Za-z].*)$/s)
  if (!both) return message
  return language === 'zh' ? both[1]! : both[2]!
}

export type ApiError = { message?: string; data?: Record<string, unknown> }
export const firstError = (json: Record<string, unknown>): ApiError | undefined => (json.errors as ApiError[] | undefined)?.[0]
export const errorMessage = (json: Record<string, unknown>, language: 'zh' | 'en'): string => inLanguage(firstError(json)?.message ?? '', language)

export function CodeInput({ id, label, value, onChange, recovery = false, help }: { id: string; label: string; value: string; onChange: (v: string) => void; recovery?: boolean; help?: string }) {
  return (
    <div className={`field-type text ${styles.field}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="field-type__wrap">
        <input
          id={id}
          name={id}
          className={recovery ? styles.recoveryInput : styles.codeInput}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          inputMode={recovery ? 'text' : 'numeric'}
          pattern={recovery ? undefined : '[0-9 ]{6,7}'}
          maxLength={recovery ? 16 : 7}
          spellCheck={false}
          autoFocus
          required
          aria-describedby={help ? `${id}-help` : undefined}
        />
      </div>
      {help && (
        <p id={`${id}-help`} className={styles.help}>
          {help}
        </p>
      )}
    </div>
  )
}

export function EnrolmentSteps({ enrolment, t }: { enrolment: Enrolment; t: TwoFactorText }) {
  const key = enrolment.secret.replace(/(.{4})/g, '$1 ').trim()
  return (
    <div className={styles.enrol}>
      <p>{t.enrolIntro}</p>
      <p>{t.enrolStep1}</p>
      <p>{t.enrolStep2}</p>
      {/* The SVG comes from our own QR module (src/print/qr.ts) on the server: no user text in it. */}
      <div className={styles.qr} role="img" aria-label={t.enrolStep2} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
      <p className={styles.help}>
        {t.manualKey} <code className={styles.key} data-testid="two-factor-key">{key}</code>
      </p>
      <p>{t.enrolStep3}</p>
    </div>
  )
}

export function RecoveryCodeList({ codes, t }: { codes: string[]; t: TwoFactorText }) {
  return (
    <div className={styles.codes}>
      <h2 className={styles.heading}>{t.codesTitle}</h2>
      <p>{t.codesIntro}</p>
      <ol className={styles.codeList} data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className={styles.linkButton} onClick={() => window.print()}>
        {t.print}
      </button>
    </div>
  )
}
