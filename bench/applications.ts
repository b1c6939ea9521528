import { runApplicationLoad } from '../tests/helpers/application-load'
import { startReliabilityStack } from '../tests/helpers/reliability-stack'
import type { BenchOutcome } from './lib/results'

const TARGET_PER_SECOND = 200
const SECONDS = Number(process.env.BENCH_APPLICATION_SECONDS ?? 20)
const CONCURRENCY = 50

/**
 * Sustained accepted applications per second through the real form path: a challenge fetched and
 * solved per application, then the POST (validation, proof-of-work verification, idempotency, one
 * transaction storing the application and queueing its mails) on a durable database.
 */
export async function benchApplications(): Promise<BenchOutcome> {
  const stack = await startReliabilityStack('bench-applications', { LINLI_RUN_JOBS: 'off' })
  try {
    // Warm the route and the database pool first.
    await runApplicationLoad({ siteUrl: () => stack.server().url, total: 50, concurrency: 10, deadlineMs: 30_000, firstIndex: 500_000 })
    const report = await runApplicationLoad({ siteUrl: () => stack.server().url, total: 100_000, concurrency: CONCURRENCY, deadlineMs: SECONDS * 1000 })
    const at = (p: number) => Math.round(report.latenciesMs[Math.min(report.latenciesMs.length - 1, Math.ceil((p / 100) * report.latenciesMs.length) - 1)] ?? NaN)
    const perSecond = Math.round(report.accepted / report.seconds)
    const stored = Number((await stack.query<{ n: string }>('select count(*) n from applications'))[0]?.n ?? 0)
    const failures: string[] = []
    if (perSecond < TARGET_PER_SECOND) failures.push(`${perSecond} accepted applications/s (target ${TARGET_PER_SECOND}/s)`)
    if (report.failed.length) failures.push(`${report.failed.length} submissions not accepted`)
    return {
      data: { concurrency: CONCURRENCY, seconds: Math.round(report.seconds * 10) / 10, accepted: report.accepted, acceptedPerSecond: perSecond, storedInDatabase: stored, failed: report.failed.length, latencyMs: { median: at(50), p99: at(99) }, targetPerSecond: TARGET_PER_SECOND },
      summary: [
        `${perSecond} accepted applications/s sustained for ${Math.round(report.seconds)} s from ${CONCURRENCY} clients (target ${TARGET_PER_SECOND}/s); POST latency median ${at(50)} ms, p99 ${at(99)} ms; ${report.failed.length} not accepted.`,
        'Each client fetches and solves a proof-of-work challenge per application (difficulty lowered for the client; the server verifies at full cost).',
      ],
      failures,
    }
  } finally {
    await stack.stop()
  }
}
