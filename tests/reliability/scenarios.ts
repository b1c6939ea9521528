import { isClearRetryAnswer, runApplicationLoad, type LoadReport } from '../helpers/application-load'
import type { ReliabilityStack } from '../helpers/reliability-stack'

/** Each scenario draws applicants (phone numbers) from its own range, so scenarios can share one database. */
export type ScenarioSize = { total: number; concurrency: number; deadlineMs: number }
export type ScenarioResult = { problems: string[]; data: Record<string, unknown> }

type StoredRow = { reference: string; phone: string }

/** Lost, duplicated and unexplained: what the database holds against what the clients were told. */
async function storedAgainstAcknowledged(stack: ReliabilityStack, report: LoadReport): Promise<{ problems: string[]; stored: number }> {
  const rows = await stack.query<StoredRow>('select reference, phone from applications')
  const references = new Set(rows.map((r) => r.reference))
  const problems: string[] = []
  const lost = [...report.acknowledged.values()].filter((ref) => !references.has(ref))
  if (lost.length) problems.push(`${lost.length} acknowledged applications missing (e.g. ${lost.slice(0, 3).join(', ')})`)
  const perPhone = new Map<string, number>()
  for (const r of rows) perPhone.set(r.phone, (perPhone.get(r.phone) ?? 0) + 1)
  const duplicated = [...perPhone.values()].filter((n) => n > 1).length
  if (duplicated) problems.push(`${duplicated} applicants stored more than once`)
  if (report.mismatchedRetries.length) problems.push(`${report.mismatchedRetries.length} retries answered with a different reference`)
  return { problems, stored: rows.length }
}

function latency(report: LoadReport) {
  const at = (p: number) => Math.round(report.latenciesMs[Math.min(report.latenciesMs.length - 1, Math.ceil((p / 100) * report.latenciesMs.length) - 1)] ?? NaN)
  return { medianMs: at(50), p99Ms: at(99), requests: report.latenciesMs.length }
}

function answerCounts(report: LoadReport): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const s of report.submissions) for (const a of s.answers) counts[`${a.status}${a.code ? ` ${a.code}` : ''}`] = (counts[`${a.status}${a.code ? ` ${a.code}` : ''}`] ?? 0) + 1
  return counts
}

/** Many clients, half of them sending twice: exactly one application each and one queued confirmation each. */
export async function concurrencyScenario(stack: ReliabilityStack, size: ScenarioSize): Promise<ScenarioResult> {
  const report = await runApplicationLoad({ siteUrl: () => stack.server().url, total: size.total, concurrency: size.concurrency, retryEvery: 2, deadlineMs: size.deadlineMs, firstIndex: 0 })
  const { problems, stored } = await storedAgainstAcknowledged(stack, report)
  if (report.submissions.length < size.total) problems.push(`only ${report.submissions.length} of ${size.total} submissions sent before the deadline`)
  if (report.failed.length) problems.push(`${report.failed.length} submissions not accepted: ${JSON.stringify(answerCounts(report))}`)
  if (stored !== size.total) problems.push(`${stored} applications stored, expected exactly ${size.total}`)
  const mails = await stack.query<{ n: string; apps: string }>(
    `select count(*) n, count(distinct input->>'applicationId') apps from payload_jobs where task_slug = 'sendApplicationMail' and input->>'recipient' = 'applicant'`,
  )
  const queued = Number(mails[0]?.n ?? 0)
  const distinct = Number(mails[0]?.apps ?? 0)
  if (queued !== stored || distinct !== stored) problems.push(`${queued} confirmation mails queued for ${distinct} applications; expected one each for ${stored}`)
  return {
    problems,
    data: { ...size, sent: report.submissions.length, acknowledged: report.accepted, stored, confirmationsQueued: queued, answers: answerCounts(report), seconds: Math.round(report.seconds * 10) / 10, acceptedPerSecond: Math.round(report.accepted / report.seconds), latency: latency(report) },
  }
}

async function waitForHealth(url: string, status: number, timeoutMs: number): Promise<number | null> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const got = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status, () => 0)
    if (got === status) return Date.now() - started
    await new Promise((r) => setTimeout(r, 100))
  }
  return null
}

/** PostgreSQL stopped in immediate mode a third of the way in, started again 3 s later, while clients keep submitting. */
export async function databaseFaultScenario(stack: ReliabilityStack, size: ScenarioSize): Promise<ScenarioResult> {
  const problems: string[] = []
  let fault: Promise<void> | undefined
  let health = { downMs: null as number | null, upMs: null as number | null }
  const report = await runApplicationLoad({
    siteUrl: () => stack.server().url,
    total: size.total,
    concurrency: size.concurrency,
    deadlineMs: size.deadlineMs,
    retryEvery: 0,
    firstIndex: 1_000_000,
    onAnswer: (done) => {
      if (fault || done < size.total / 3) return
      fault = (async () => {
        await stack.stopDatabase('immediate')
        health.downMs = await waitForHealth(stack.server().url, 503, 10_000)
        await new Promise((r) => setTimeout(r, 3000))
        await stack.startDatabase()
        health.upMs = await waitForHealth(stack.server().url, 200, 30_000)
      })()
    },
  })
  await fault
  if (!fault) problems.push('the load ended before the fault was injected')
  if (health.downMs === null) problems.push('/api/health did not answer 503 while the database was down')
  if (health.upMs === null) problems.push('/api/health did not answer 200 within 30 s of the database coming back')
  const { problems: storeProblems, stored } = await storedAgainstAcknowledged(stack, report)
  problems.push(...storeProblems)
  const unclear = report.failed.filter((s) => !s.answers.every(isClearRetryAnswer) || s.answers.some((a) => a.status === 0))
  if (unclear.length) problems.push(`${unclear.length} failed submissions without a clear "please retry" answer: ${JSON.stringify(unclear.slice(0, 3).map((s) => s.answers))}`)
  // A database outage is temporary: the answer says so (503, "unavailable", when to come back), not "something went wrong".
  const notTemporary = report.failed.filter((s) => s.answers.some((a) => a.status !== 503 || a.code !== 'unavailable' || !a.retryAfter))
  if (notTemporary.length) problems.push(`${notTemporary.length} failed submissions not answered 503 "unavailable" with Retry-After: ${JSON.stringify(notTemporary.slice(0, 3).map((s) => s.answers))}`)
  // After recovery the server takes new applications again, without a restart.
  const after = await runApplicationLoad({ siteUrl: () => stack.server().url, total: 5, concurrency: 1, deadlineMs: 30_000, firstIndex: 3_000_000 })
  if (after.accepted !== 5) problems.push(`after the database came back only ${after.accepted} of 5 new applications were accepted`)
  if (stack.server().process.exitCode !== null) problems.push('the server exited')
  return {
    problems,
    data: { ...size, sent: report.submissions.length, acknowledged: report.accepted, failedWithRetryAnswer: report.failed.length - unclear.length, stored, health, answers: answerCounts(report) },
  }
}

/** The server killed with SIGKILL mid-load and started again: nothing it acknowledged is missing. */
export async function crashScenario(stack: ReliabilityStack, size: ScenarioSize): Promise<ScenarioResult> {
  let crash: Promise<void> | undefined
  let restartMs = 0
  const report = await runApplicationLoad({
    siteUrl: () => stack.server().url,
    total: size.total,
    concurrency: size.concurrency,
    deadlineMs: size.deadlineMs,
    retryEvery: 0,
    persistent: true,
    firstIndex: 2_000_000,
    onAnswer: (done) => {
      if (crash || done < size.total / 3) return
      crash = (async () => {
        const t0 = Date.now()
        await stack.restartServer('SIGKILL')
        restartMs = Date.now() - t0
      })()
    },
  })
  await crash
  const problems: string[] = crash ? [] : ['the load ended before the crash was injected']
  const { problems: storeProblems, stored } = await storedAgainstAcknowledged(stack, report)
  problems.push(...storeProblems)
  return { problems, data: { ...size, sent: report.submissions.length, acknowledged: report.accepted, stored, restartMs, answers: answerCounts(report) } }
}
