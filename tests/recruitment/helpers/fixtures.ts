import crypto from 'node:crypto'

import { solveChallenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { Payload } from 'payload'

import { startSiteServer, type SiteServer } from '../../helpers/site-server'

export type Fixtures = { courtyardId: number; openCall: { id: number; slug: string }; closedCall: { id: number; slug: string }; staffEmails: string[] }

const DAY = 24 * 60 * 60 * 1000
const unique = () => crypto.randomBytes(3).toString('hex')

async function createCall(payload: Payload, slug: string, opensAt: Date, closesAt: Date) {
  const call = await payload.create({
    collection: 'recruitment-calls',
    data: { title: `测试招募 ${slug}`, slug, role: '测试岗位', opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), _status: 'published' },
    locale: 'zh',
    context: { disableRevalidate: true },
  })
  return { id: call.id, slug: call.slug as string }
}

/** A courtyard, an open and a closed call, and staff addresses in the recruitment settings. */
export async function createFixtures(payload: Payload): Promise<Fixtures> {
  const tag = unique()
  const courtyard = await payload.create({ collection: 'courtyards', data: { name: `测试院落${tag}`, slug: `test-yard-${tag}` }, locale: 'zh', context: { disableRevalidate: true } })
  const now = Date.now()
  const openCall = await createCall(payload, `test-open-${tag}`, new Date(now - DAY), new Date(now + 30 * DAY))
  const closedCall = await createCall(payload, `test-closed-${tag}`, new Date(now - 30 * DAY), new Date(now - DAY))
  const staffEmails = [`social-worker-${tag}@test.linli.local`]
  await payload.updateGlobal({ slug: 'recruitment-settings', data: { notificationEmails: staffEmails.map((email) => ({ email })) }, context: { disableRevalidate: true } })
  return { courtyardId: courtyard.id, openCall, closedCall, staffEmails }
}

/** A random valid mainland mobile number, so tests never collide on the phone-based repeat check. */
export const randomPhone = () => `139${String(crypto.randomInt(0, 1e8)).padStart(8, '0')}`

export function validForm(fixtures: Fixtures, overrides: Record<string, string | string[] | undefined> = {}): URLSearchParams {
  const fields: Record<string, string | string[] | undefined> = {
    name: '王小梅',
    phone: randomPhone(),
    email: '',
    courtyard: String(fixtures.courtyardId),
    courtyardOther: '',
    ageRange: '36-59',
    skills: ['cooking', 'companionship'],
    skillsNote: '会包饺子',
    availability: ['weekday-afternoons', 'weekends'],
    referrer: '张阿姨',
    message: '想来帮忙，周末都有空。',
    consent: 'yes',
    noticeVersion: '1',
    website: '',
    ...overrides,
  }
  const form = new URLSearchParams()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const v of [value].flat()) form.append(name, v)
  }
  return form
}

/** Does what the enhanced form does in the browser: fetches a challenge and solves it. */
export async function solveProofOfWork(siteUrl: string): Promise<string> {
  const challenge = await (await fetch(`${siteUrl}/api/recruitment/challenge`)).json()
  const solution = await solveChallenge({ challenge, deriveKey })
  if (!solution) throw new Error('could not solve the challenge')
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

export const clientKey = () => crypto.randomBytes(16).toString('hex')

export type PostResult = { status: number; location: string | null; text: string; json: () => Record<string, unknown> }

export async function post(siteUrl: string, path: string, form: URLSearchParams, mode: 'json' | 'html'): Promise<PostResult> {
  const res = await fetch(`${siteUrl}${path}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { accept: mode === 'json' ? 'application/json' : 'text/html,application/xhtml+xml' },
  })
  const text = await res.text()
  return { status: res.status, location: res.headers.get('location'), text, json: () => JSON.parse(text) }
}

/** A site server of its own: jobs on, on a queue no other server runs, with the given mail and limit settings. */
export function startRecruitmentServer(env: Record<string, string> = {}): Promise<SiteServer> {
  return startSiteServer({
    LINLI_RUN_JOBS: 'on',
    LINLI_JOBS_QUEUE: `test-${unique()}`,
    RATE_LIMIT_APPLICATIONS_PER_MINUTE: '1000',
    RATE_LIMIT_UNVERIFIED_APPLICATIONS_PER_MINUTE: '1000',
    RATE_LIMIT_APPLICATION_ATTEMPTS_PER_MINUTE: '10000',
    MAIL_RETRY_DELAY_MS: '1000',
    ...env,
  } as unknown as NodeJS.ProcessEnv)
}

/** What staff type in from a paper form (the admin fills status and date by default; the Local API types want them). */
export const paperApplication = (data: Record<string, unknown> = {}) =>
  ({
    name: '赵大爷',
    phone: randomPhone(),
    source: 'paper',
    status: 'new',
    submittedAt: new Date().toISOString(),
    consent: { onPaper: true },
    availability: ['weekends'],
    ...data,
  }) as { name: string; phone: string; source: 'paper'; status: 'new'; submittedAt: string; consent: { onPaper: boolean }; availability: 'weekends'[] }
