/** Percent-encodes the UTF-8 bytes of any string, lone surrogates included (encodeURIComponent throws on those). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('') + '\u007f\u2028\u2029\ufeff\u202e'
const NASTY = ['<script>alert(1)</script>', "' or 1=1 --", '${7*7}', '{{7*7}}', '../../etc/passwd', '%00', '\\u0000', 'null', 'undefined', 'NaN', '-1', '1e309', '[]', '{}', '🧨'.repeat(50), '王'.repeat(5000)]

export function nastyString(rnd: () => number): string {
  switch (Math.floor(rnd() * 6)) {
    case 0:
      return pick(rnd, NASTY)
    case 1:
      return Array.from({ length: 1 + Math.floor(rnd() * 40) }, () => CONTROL[Math.floor(rnd() * CONTROL.length)]).join('')
    case 2:
      return 'x'.repeat(Math.floor(rnd() * 20_000))
    case 3:
      return String.fromCharCode(...Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => Math.floor(rnd() * 0xffff)))
    case 4:
      return String(rnd() * 1e12)
    default:
      return ''
  }
}

/** Bytes that are not valid UTF-8 (lone continuation bytes, overlongs, surrogates encoded as UTF-8). */
export function invalidUtf8(rnd: () => number): Buffer {
  const bad = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe]]
  const parts: number[] = []
  for (let i = 0; i < 1 + Math.floor(rnd() * 10); i++) parts.push(...Buffer.from('name=王'), ...pick(rnd, bad), 0x26)
  return Buffer.from(parts)
}

export function nestedJson(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
}

export type FuzzRequest = { contentType?: string; body: string | Buffer; label: string }

const FIELDS = ['name', 'phone', 'email', 'courtyard', 'courtyardOther', 'ageRange', 'skills', 'availability', 'referrer', 'message', 'consent', 'idempotencyKey', 'altcha', 'noticeVersion', 'website', '__proto__', 'constructor']

/** A request body the application endpoint must refuse: the phone is never a valid mainland number, so nothing may be stored. */
export function badApplication(rnd: () => number): FuzzRequest {
  const kind = Math.floor(rnd() * 8)
  const form = new URLSearchParams()
  for (const field of FIELDS) if (rnd() < 0.7) form.append(field, nastyString(rnd))
  form.set('phone', pick(rnd, ['', '12345', '+1 555 0100', '1390000000x', nastyString(rnd).slice(0, 30) + 'x']))
  switch (kind) {
    case 0:
      return { label: 'urlencoded', contentType: 'application/x-www-form-urlencoded', body: form.toString() }
    case 1:
      return { label: 'json', contentType: 'application/json', body: JSON.stringify(Object.fromEntries(form)) }
    case 2:
      return { label: 'nested-json', contentType: pick(rnd, ['application/json', 'application/x-www-form-urlencoded']), body: nestedJson(1 + Math.floor(rnd() * 5000)) }
    case 3:
      return { label: 'invalid-utf8', contentType: 'application/x-www-form-urlencoded', body: invalidUtf8(rnd) }
    case 4:
      return { label: 'huge', contentType: 'application/x-www-form-urlencoded', body: `name=${'王'.repeat(30_000 + Math.floor(rnd() * 100_000))}` }
    case 5:
      return { label: 'broken-multipart', contentType: 'multipart/form-data; boundary=xyz', body: `--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\n${nastyString(rnd)}\r\n--xy` }
    case 6:
      return { label: 'wrong-types', contentType: 'application/x-www-form-urlencoded', body: `${form.toString()}&skills[]=1&skills[a]=2&consent=yes&consent=no&ageRange=${percentEncode(nastyString(rnd))}` }
    default:
      return { label: 'no-content-type', body: Buffer.from(Array.from({ length: Math.floor(rnd() * 4000) }, () => Math.floor(rnd() * 256))) }
  }
}
