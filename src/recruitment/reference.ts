import crypto from 'node:crypto'

/** No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a reference read out over the phone must not be misheard or misread. */
export const REFERENCE_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY'
const LENGTH = 6
export const REFERENCE_PATTERN = new RegExp(`^LL-[${REFERENCE_ALPHABET}]{${LENGTH}}$`)

export function newReference(): string {
  let code = ''
  for (let i = 0; i < LENGTH; i++) code += REFERENCE_ALPHABET[crypto.randomInt(REFERENCE_ALPHABET.length)]
  return `LL-${code}`
}

/** People type references in lower case and with stray spaces. */
export function parseReference(input: string): string | undefined {
  const candidate = input.trim().toUpperCase()
  return REFERENCE_PATTERN.test(candidate) ? candidate : undefined
}
