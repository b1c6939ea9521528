/**
 * Mainland mobile numbers as people type them: full-width digits (Chinese input methods),
 * spaces, dashes, dots, brackets, and a +86 / 0086 prefix. Returns the 11 digits, or undefined.
 */
export function normalisePhone(input: string): string | undefined {
  const compact = input.normalize('NFKC').replace(/[\s\-().\u2010-\u2015]/g, '')
  const digits = compact.replace(/^(?:\+86|0086|86(?=\d{11}$))/, '')
  return /^1[3-9]\d{9}$/.test(digits) ? digits : undefined
}
