import { generate } from 'otplib'

/** The code an authenticator app shows for `secret`, `offsetSteps` 30-second steps from now. */
export function codeFor(secret: string, offsetSteps = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 })
}

export type LoginAnswer = {
  status: number
  body: {
    token?: string
    user?: Record<string, unknown>
    twoFactor?: { recoveryCodes?: string[]; recoveryCodesLeft?: number }
    errors?: Array<{ message: string; data?: { twoFactor?: string; wrong?: boolean; enrolment?: { ticket: string; secret: string; uri: string; qrSvg: string } } }>
  }
  cookie: string
}

export async function login(base: string, body: Record<string, unknown>): Promise<LoginAnswer> {
  const res = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(body) })
  return { status: res.status, body: (await res.json()) as LoginAnswer['body'], cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]! }
}
