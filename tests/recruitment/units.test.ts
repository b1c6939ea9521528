import { describe, expect, it } from 'vitest'

import { daysWaiting } from '@/recruitment/collections/Applications/hooks/daysWaiting'
import { csvCell, toCsv } from '@/lib/csv'
import { emptyValues, type FormValues } from '@/recruitment/form'
import { idempotencyKey } from '@/recruitment/idempotency'
import { normalisePhone } from '@/recruitment/phone'
import { newReference, parseReference, REFERENCE_PATTERN } from '@/recruitment/reference'
import { validateApplication } from '@/recruitment/validation'

const courtyards = new Set([7])
const valid: FormValues = {
  ...emptyValues,
  name: '王小梅',
  phone: '13800138000',
  courtyard: '7',
  ageRange: '18-35',
  availability: ['weekends'],
  consent: true,
}
const check = (overrides: Partial<FormValues>, locale: 'zh' | 'en' = 'zh') => validateApplication({ ...valid, ...overrides }, locale, courtyards)
const errorsOf = (overrides: Partial<FormValues>, locale: 'zh' | 'en' = 'zh') => {
  const result = check(overrides, locale)
  return result.ok ? {} : result.errors
}

describe('phone numbers', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['+86-13800138000', '13800138000'],
    ['0086 13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
    ['(138) 0013.8000', '13800138000'],
  ])('accepts %s', (input, expected) => expect(normalisePhone(input)).toBe(expected))

  it.each(['1380013800', '138001380001', '12800138000', '02887650123', '+1 415 555 0100', "13800138000' OR 1=1", 'abc', ''])('refuses %s', (input) => {
    expect(normalisePhone(input)).toBeUndefined()
  })
})

describe('validation', () => {
  it('accepts a complete application and normalises it', () => {
    const result = check({ phone: '+86 138-0013-8000', email: ' Mei@Example.com ', skills: ['cooking', 'cooking'] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toMatchObject({ name: '王小梅', phone: '13800138000', email: 'Mei@Example.com', courtyard: 7, skills: ['cooking'], availability: ['weekends'] })
  })

  it('accepts "other" for the courtyard', () => {
    const result = check({ courtyard: 'other', courtyardOther: '隔壁小区' })
    expect(result.ok && result.data.courtyard).toBeUndefined()
  })

  it('answers in the visitor’s language', () => {
    expect(errorsOf({ phone: '123' }).phone).toContain('11位手机号')
    expect(errorsOf({ phone: '123' }, 'en').phone).toContain('11-digit')
  })

  it.each<[string, Partial<FormValues>, keyof FormValues, string]>([
    ['missing name', { name: '  ' }, 'name', '请填写'],
    ['name with emoji', { name: '小梅😀' }, 'name', '不要用数字、符号或表情'],
    ['name with a script tag', { name: '<script>alert(1)</script>' }, 'name', '不要用数字'],
    ['SQL-looking name', { name: "Robert'); DROP TABLE applications;--" }, 'name', '不要用数字'],
    ['overlong name', { name: '王'.repeat(41) }, 'name', '40 个字以内'],
    ['wrong phone', { phone: '1234567' }, 'phone', '11位手机号'],
    ['missing phone', { phone: '' }, 'phone', '请填写'],
    ['bad email', { email: 'mei@' }, 'email', '邮箱格式'],
    ['unknown courtyard', { courtyard: '999' }, 'courtyard', '从列表里选'],
    ['missing courtyard', { courtyard: '' }, 'courtyard', '请填写'],
    ['under 14', { ageRange: 'under-14' }, 'ageRange', '未满14岁'],
    ['made-up age range', { ageRange: '200' }, 'ageRange', '给出的选项'],
    ['made-up skill', { skills: ['hacking'] }, 'skills', '给出的选项'],
    ['no availability', { availability: [] }, 'availability', '至少选一个'],
    ['script tag in the message', { message: 'hi <script>alert(1)</script>' }, 'message', '尖括号'],
    ['overlong message', { message: '好'.repeat(1001) }, 'message', '1000 个字以内'],
    ['overlong skills note', { skillsNote: 'x'.repeat(301) }, 'skillsNote', '300 个字以内'],
    ['SQL-looking referrer', { referrer: "1'; DELETE FROM users; --" }, 'referrer', '不要用数字、符号'],
    ['emoji referrer', { referrer: '👍' }, 'referrer', '表情'],
    ['no consent', { consent: false }, 'consent', '勾选同意'],
  ])('refuses %s', (_label, overrides, field, message) => {
    const errors = errorsOf(overrides)
    expect(errors[field]).toContain(message)
    expect(Object.keys(errors)).toEqual([field])
  })

  it('keeps plain text that merely looks like code in free text: it is stored and shown as text', () => {
    expect(check({ message: "I <3 tea; SELECT * FROM fun -- 😀" }).ok).toBe(true)
  })
})

describe('references', () => {
  it('are short, readable and free of look-alike characters', () => {
    const refs = new Set(Array.from({ length: 2000 }, newReference))
    expect(refs.size).toBe(2000)
    for (const ref of refs) {
      expect(ref).toMatch(REFERENCE_PATTERN)
      expect(ref.slice(3)).not.toMatch(/[01OILSBZ258]/)
    }
    expect(parseReference(' ll-7k3m9q ')).toBe('LL-7K3M9Q')
    expect(parseReference('LL-7K3M9O')).toBeUndefined()
  })
})

describe('CSV', () => {
  it('quotes every cell, neutralises formulas, and opens in Excel (BOM, CRLF)', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`)
    expect(csvCell('王小梅')).toBe('"王小梅"')
    expect(csvCell(null)).toBe('""')
    expect(toCsv([['a', 'b'], ['c,d', 'e\nf']])).toBe('\uFEFF"a","b"\r\n"c,d","e\nf"\r\n')
  })
})

describe('idempotency keys', () => {
  it('follow the client key when there is one, else the phone, call and day', () => {
    const base = { phone: '13800138000', callId: 1, now: Date.parse('2026-12-01T10:00:00+08:00') }
    expect(idempotencyKey({ ...base, clientKey: 'a'.repeat(32) })).toBe(idempotencyKey({ ...base, phone: '13900000000', clientKey: 'a'.repeat(32) }))
    expect(idempotencyKey({ ...base, clientKey: 'a'.repeat(32) })).not.toBe(idempotencyKey({ ...base, callId: 2, clientKey: 'a'.repeat(32) }))
    expect(idempotencyKey(base)).toBe(idempotencyKey({ ...base, now: Date.parse('2026-12-01T23:59:00+08:00') }))
    expect(idempotencyKey(base)).not.toBe(idempotencyKey({ ...base, now: Date.parse('2026-12-02T00:01:00+08:00') }))
    expect(idempotencyKey(base)).not.toContain('13800138000')
    expect(idempotencyKey({ ...base, clientKey: 'short' })).toBe(idempotencyKey(base))
  })
})

describe('days waiting', () => {
  it('counts to now while open and to the closing change afterwards', () => {
    const now = Date.parse('2026-12-11T00:00:00Z')
    expect(daysWaiting({ submittedAt: '2026-12-01T00:00:00Z', status: 'contacted' }, now)).toBe(10)
    expect(daysWaiting({ submittedAt: '2026-12-01T00:00:00Z', status: 'accepted', statusChangedAt: '2026-12-04T00:00:00Z' }, now)).toBe(3)
  })
})
