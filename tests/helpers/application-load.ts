import { applicationBody, newIdempotencyKey, solvedProofOfWork, submitApplication, type SubmitAnswer } from './applicant'

export type LoadOptions = {
  siteUrl: () => string
  total: number
  concurrency: number
  /** Every n-th submission is sent a second time with the same key, as a double click or a retry does. */
  retryEvery?: number
  /** Hard stop: no new submission starts after this. */
  deadlineMs: number
  firstIndex?: number
  /** Like a person whose connection broke: resend the same form (same key) every 250 ms until answered or the deadline. */
  persistent?: boolean
  onAnswer?: (done: number) => void
  /** Proofs of work solved before the timed phase, used first (so the client's solving does not take the server's CPU). */
  solvedProofs?: string[]
}

export type Submission = { index: number; key: string; answers: SubmitAnswer[] }

export type LoadReport = {
  submissions: Submission[]
  acknowledged: Map<string, string>
  latenciesMs: number[]
  seconds: number
  accepted: number
  failed: Submission[]
  /** A retry that got a different reference than the first answer: a duplicate. */
  mismatchedRetries: Submission[]
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))
const ok = (a: SubmitAnswer) => (a.status === 201 || a.status === 200) && Boolean(a.reference)

/**
 * `total` applications from `concurrency` clients, each with its own idempotency key and a solved
 * proof of work, through the real form endpoint. Bounded by count and by `deadlineMs`.
 */
export async function runApplicationLoad(opts: LoadOptions): Promise<LoadReport> {
  const started = performance.now()
  const deadline = Date.now() + opts.deadlineMs
  const submissions: Submission[] = []
  const latencies: number[] = []
  let next = 0
  let done = 0

  async function send(body: string): Promise<SubmitAnswer> {
    const t0 = performance.now()
    const answer = await submitApplication(opts.siteUrl(), body)
    latencies.push(performance.now() - t0)
    return answer
  }

  async function client(): Promise<void> {
    while (next < opts.total && Date.now() < deadline) {
      const n = next++
      const index = (opts.firstIndex ?? 0) + n
      const key = newIdempotencyKey()
      const submission: Submission = { index, key, answers: [] }
      submissions.push(submission)
      let altcha: string | undefined = opts.solvedProofs?.pop()
      while (!altcha) {
        try {
          altcha = await solvedProofOfWork(opts.siteUrl())
        } catch {
          if (!opts.persistent || Date.now() > deadline) break
          await pause(250)
        }
      }
      if (!altcha) {
        submission.answers.push({ status: 0, message: 'challenge unavailable' })
        continue
      }
      const body = applicationBody({ index, idempotencyKey: key, altcha })
      submission.answers.push(await send(body))
      const retryable = (a: SubmitAnswer) => a.status === 0 || a.status >= 500
      while (opts.persistent && retryable(submission.answers.at(-1)!) && Date.now() < deadline) {
        await pause(250)
        submission.answers.push(await send(body))
      }
      if (opts.retryEvery && n % opts.retryEvery === 0) submission.answers.push(await send(body))
      opts.onAnswer?.(++done)
    }
  }

  await Promise.all(Array.from({ length: opts.concurrency }, client))
  const acknowledged = new Map<string, string>()
  const mismatchedRetries: Submission[] = []
  for (const s of submissions) {
    const refs = [...new Set(s.answers.filter(ok).map((a) => a.reference!))]
    if (refs.length > 1) mismatchedRetries.push(s)
    if (refs[0]) acknowledged.set(s.key, refs[0])
  }
  return {
    submissions,
    acknowledged,
    latenciesMs: latencies.sort((a, b) => a - b),
    seconds: (performance.now() - started) / 1000,
    accepted: acknowledged.size,
    failed: submissions.filter((s) => !s.answers.some(ok)),
    mismatchedRetries,
  }
}

/** A failure answer a person can act on: the server said, in words, to try again (or the connection itself broke). */
export function isClearRetryAnswer(a: SubmitAnswer): boolean {
  if (a.status === 0) return true
  return (a.status === 503 || a.status === 500 || a.status === 429) && Boolean(a.message) && (a.code === 'server' || a.code === 'unavailable' || a.code === 'rateLimited')
}
