import crypto from 'node:crypto'

import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'

const GIVEN = '明华丽芳军伟静敏强磊洋艳勇杰娟涛超秀霞平刚桂英'
const FAMILY = '王李张刘陈杨黄赵吴周'

/** A valid Chinese name per index (names take letters only, no digits), unique for the first 5,000 or so. */
export function applicantName(i: number): string {
  const g = GIVEN.length
  return `${FAMILY[i % FAMILY.length]}${GIVEN[Math.floor(i / FAMILY.length) % g]}${GIVEN[Math.floor(i / (FAMILY.length * g)) % g]}`
}

/** What the browser's enhanced form does before sending: fetch a challenge and solve it. */
export async function solvedProofOfWork(siteUrl: string): Promise<string> {
  const res = await fetch(`${siteUrl}/api/recruitment/challenge`, { cache: 'no-store' })
  if (!res.ok) throw new Error(`challenge: ${res.status}`)
  const challenge = await res.json()
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('could not solve the challenge')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

/** `count` challenges fetched and solved ahead of a timed run, `concurrency` at a time. */
export async function solveProofsOfWork(siteUrl: string, count: number, concurrency = 8): Promise<string[]> {
  const proofs: string[] = []
  let started = 0
  async function worker(): Promise<void> {
    while (started < count) {
      started++
      proofs.push(await solvedProofOfWork(siteUrl))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return proofs
}

export function newIdempotencyKey(): string {
  return crypto.randomBytes(18).toString('base64url')
}

export type ApplicationInput = { index: number; idempotencyKey: string; altcha?: string; email?: boolean }

export function applicationBody({ index, idempotencyKey, altcha, email = true }: ApplicationInput): string {
  const form = new URLSearchParams({
    name: applicantName(index),
    phone: `139${String(index).padStart(8, '0')}`,
    email: email ? `applicant${index}@example.com` : '',
    courtyard: 'other',
    courtyardOther: '伏龙小区',
    ageRange: '36-59',
    referrer: '',
    message: '想在周末帮忙。',
    consent: 'yes',
    noticeVersion: '1',
    idempotencyKey,
    website: '',
  })
  form.append('skills', 'cooking')
  form.append('availability', 'weekends')
  if (altcha) form.set('altcha', altcha)
  return form.toString()
}

export type SubmitAnswer = { status: number; reference?: string; code?: string; message?: string; retryAfter?: string | null }

/** The enhanced form's POST (JSON answer); network failures come back as status 0. */
export async function submitApplication(siteUrl: string, body: string, timeoutMs = 30_000): Promise<SubmitAnswer> {
  try {
    const res = await fetch(`${siteUrl}/join/apply`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await res.text()
    let json: { reference?: string; code?: string; formError?: string } = {}
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON: reported as is
    }
    return { status: res.status, reference: json.reference, code: json.code, message: json.formError ?? text.slice(0, 200), retryAfter: res.headers.get('retry-after') }
  } catch (error) {
    return { status: 0, message: error instanceof Error ? error.message : String(error) }
  }
}
