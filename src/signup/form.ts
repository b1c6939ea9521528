import { normalisePhone } from '@/recruitment/phone'
import type { Locale } from '@/lib/content/paths'
import { textFor } from './messages'

export type SignupValues = { name: string; phone: string; email: string; partySize: string; pickup: boolean; diet: string; mobility: string; note: string; consent: boolean }
export const emptySignupValues: SignupValues = { name: '', phone: '', email: '', partySize: '1', pickup: false, diet: '', mobility: '', note: '', consent: false }
export type SignupFieldErrors = Partial<Record<keyof SignupValues, string>>

const clean = (v: string | null, max = 500) => (v ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim().slice(0, max)
const ticked = (v: string | null) => v === 'on' || v === 'yes' || v === 'true'

export function readSignupValues(get: (name: string) => string | null): SignupValues {
  return {
    name: clean(get('name'), 60),
    phone: clean(get('phone'), 30),
    email: clean(get('email'), 200),
    partySize: clean(get('partySize'), 3) || '1',
    pickup: ticked(get('pickup')),
    diet: clean(get('diet'), 120),
    mobility: clean(get('mobility'), 20),
    note: clean(get('note'), 500),
    consent: ticked(get('consent')),
  }
}

export type ValidSignup = { name: string; phone: string; email: string | null; partySize: number; pickup: boolean; diet: string | null; mobility: 'limited' | 'wheelchair' | null; note: string | null }

/** Field by field, with messages in the visitor's language; only the questions the activity asks are kept. */
export function validateSignup(v: SignupValues, locale: Locale, maxParty: number, questions: readonly string[]): { ok: true; data: ValidSignup } | { ok: false; errors: SignupFieldErrors } {
  const t = textFor(locale).errors
  const errors: SignupFieldErrors = {}
  if (!v.name) errors.name = t.name
  const phone = normalisePhone(v.phone)
  if (!phone) errors.phone = t.phone
  const email = v.email ? v.email.toLowerCase() : ''
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = t.email
  const party = Number(v.partySize)
  if (!Number.isInteger(party) || party < 1 || party > maxParty) errors.partySize = t.party(maxParty)
  if (!v.consent) errors.consent = t.consent
  if (Object.keys(errors).length) return { ok: false, errors }
  const asks = (q: string) => questions.includes(q)
  return {
    ok: true,
    data: {
      name: v.name,
      phone: phone!,
      email: email || null,
      partySize: party,
      pickup: asks('pickup') && v.pickup,
      diet: asks('diet') ? v.diet || null : null,
      mobility: asks('mobility') && (v.mobility === 'limited' || v.mobility === 'wheelchair') ? v.mobility : null,
      note: asks('note') ? v.note || null : null,
    },
  }
}
