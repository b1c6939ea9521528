import { z } from 'zod'

import type { Locale } from '@/lib/content/paths'
import type { FieldName, FormValues } from './form'
import { type ErrorCode, errorMessage } from './messages'
import { normalisePhone } from './phone'
import type { CallRules } from './calls'
import { ageRanges, type AgeRange, type Availability, availability, DEFAULT_MINIMUM_AGE, OTHER_COURTYARD, type Skill, skills, UNDER_14 } from './options'

export const limits = { name: 40, email: 254, courtyardOther: 60, skillsNote: 300, referrer: 40, message: 1000 } as const

/** Letters of any script, with the separators real names use (空格, 间隔号 ·, hyphen, apostrophe, dot). */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s·•・.'’-]*$/u
/** A referrer may be noted as “王阿姨（3栋）”. */
const REFERRER = /^[\p{L}\p{M}\p{N}\s·•・.'’()（）-]*$/u
/** Anything that looks like an HTML tag: free text is stored and shown as text, but tags are never what a neighbour means. */
const MARKUP = /<\s*\/?\s*[a-z!?]/i
const EMAIL = z.email()

export type ValidApplication = {
  name: string
  phone: string
  email?: string
  courtyard?: number
  courtyardOther?: string
  ageRange: Exclude<AgeRange, typeof UNDER_14>
  /** The call's choice, by its Chinese name (what staff read), when the call offers choices. */
  choice?: string
  skills: Skill[]
  skillsNote?: string
  availability: Availability[]
  referrer?: string
  message?: string
}

export type FieldErrors = Partial<Record<FieldName, string>>
export type ValidationResult = { ok: true; data: ValidApplication } | { ok: false; errors: FieldErrors }

const fail = (code: ErrorCode, max?: number) => (max ? `${code}:${max}` : code)

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max, fail('tooLong', max)).refine((s) => !MARKUP.test(s), fail('noMarkup')))
    .transform((s) => s || undefined)

function schema(courtyardIds: ReadonlySet<number>) {
  return z.object({
    name: z
      .string()
      .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
      .pipe(z.string().min(1, fail('required')).max(limits.name, fail('tooLong', limits.name)).regex(NAME, fail('nameChars'))),
    phone: z
      .string()
      .trim()
      .min(1, fail('required'))
      .transform((s, ctx) => {
        const phone = normalisePhone(s)
        if (!phone) ctx.addIssue({ code: 'custom', message: fail('phoneInvalid') })
        return phone ?? ''
      }),
    email: z
      .string()
      .trim()
      .max(limits.email, fail('tooLong', limits.email))
      .refine((s) => s === '' || EMAIL.safeParse(s).success, fail('emailInvalid'))
      .transform((s) => s || undefined),
    courtyard: z
      .string()
      .trim()
      .min(1, fail('required'))
      .refine((s) => s === OTHER_COURTYARD || (/^\d+$/.test(s) && courtyardIds.has(Number(s))), fail('courtyardUnknown'))
      .transform((s) => (s === OTHER_COURTYARD ? undefined : Number(s))),
    courtyardOther: optionalText(limits.courtyardOther),
    ageRange: z
      .string()
      .min(1, fail('required'))
      .refine((s) => s !== UNDER_14, fail('under14'))
      .refine((s) => ageRanges.some((a) => a.value === s), fail('choiceUnknown'))
      .transform((s) => s as ValidApplication['ageRange']),
    skills: z.array(z.string()).refine((list) => list.every((s) => skills.some((o) => o.value === s)), fail('choiceUnknown')).transform((l) => [...new Set(l)] as Skill[]),
    skillsNote: optionalText(limits.skillsNote),
    availability: z
      .array(z.string())
      .min(1, fail('availabilityRequired'))
      .refine((list) => list.every((s) => availability.some((o) => o.value === s)), fail('choiceUnknown'))
      .transform((l) => [...new Set(l)] as Availability[]),
    referrer: z
      .string()
      .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
      .pipe(z.string().max(limits.referrer, fail('tooLong', limits.referrer)).regex(REFERRER, fail('nameChars')))
      .transform((s) => s || undefined),
    message: optionalText(limits.message),
    consent: z.boolean().refine((v) => v, fail('consentRequired')),
  })
}

function translate(locale: Locale, encoded: string): string {
  // The number after the code is the limit it names: a length (tooLong) or an age (belowMinimumAge).
  const [code, n] = encoded.split(':')
  const number = n ? Number(n) : undefined
  return errorMessage(locale, code as ErrorCode, { max: number, age: number })
}

/** Validates what was typed; each wrong field gets one message in the visitor's language. */
// Building a schema costs more than using it (zod compiles it on first use): one per set of courtyard ids, kept while that set is.
const schemas = new WeakMap<ReadonlySet<number>, ReturnType<typeof schema>>()

/** What the call asks that the general form does not: a minimum age, and one of its choices. */
function callErrors(values: FormValues, call: CallRules | undefined): { errors: Partial<Record<FieldName, string>>; choice?: string } {
  const errors: Partial<Record<FieldName, string>> = {}
  const minimumAge = call?.minimumAge ?? DEFAULT_MINIMUM_AGE
  const range = ageRanges.find((a) => a.value === values.ageRange)
  if (range && range.value !== UNDER_14 && range.from < minimumAge) errors.ageRange = fail('belowMinimumAge', minimumAge)
  if (!call?.choices.length) return { errors }
  const chosen = call.choices.find((c) => c.id === values.choice.trim())
  if (!chosen) errors.choice = values.choice.trim() ? fail('choiceUnknown') : fail('choiceRequired')
  return { errors, choice: chosen?.label }
}

export function validateApplication(values: FormValues, locale: Locale, courtyardIds: ReadonlySet<number>, call?: CallRules): ValidationResult {
  let forCourtyards = schemas.get(courtyardIds)
  if (!forCourtyards) schemas.set(courtyardIds, (forCourtyards = schema(courtyardIds)))
  const result = forCourtyards.safeParse(values)
  const forCall = callErrors(values, call)
  const errors: FieldErrors = {}
  for (const [field, code] of Object.entries(forCall.errors)) errors[field as FieldName] = translate(locale, code)
  if (result.success && !Object.keys(errors).length) return { ok: true, data: { ...result.data, choice: forCall.choice } }
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0] as FieldName | undefined
    if (field && !errors[field]) errors[field] = translate(locale, issue.message)
  }
  return { ok: false, errors }
}
