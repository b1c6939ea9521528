import { startReliabilityStack } from '../tests/helpers/reliability-stack'
import { concurrencyScenario, crashScenario, databaseFaultScenario, type ScenarioResult } from '../tests/reliability/scenarios'
import { smtpFaultScenario } from '../tests/reliability/smtp-fault'
import type { BenchOutcome } from './lib/results'

/** The reliability scenarios of `npm test` at full size: 2,000 submissions from 50 clients. */
export async function benchReliability(): Promise<BenchOutcome> {
  const stack = await startReliabilityStack('bench-reliability', { LINLI_RUN_JOBS: 'off' })
  const results: Record<string, ScenarioResult> = {}
  try {
    results.concurrency = await concurrencyScenario(stack, { total: 2000, concurrency: 50, deadlineMs: 240_000 })
    results.databaseFault = await databaseFaultScenario(stack, { total: 1000, concurrency: 50, deadlineMs: 180_000 })
    results.crash = await crashScenario(stack, { total: 1000, concurrency: 50, deadlineMs: 180_000 })
  } finally {
    await stack.stop()
  }
  results.smtpFault = await smtpFaultScenario({ total: 300, concurrency: 50, deadlineMs: 120_000 })
  const line = (name: string, r: ScenarioResult) => `- ${name}: ${r.problems.length ? `FAILED: ${r.problems.join('; ')}` : 'passed'} — ${JSON.stringify(r.data)}`
  return {
    data: results,
    summary: Object.entries(results).map(([name, r]) => line(name, r)),
    failures: Object.entries(results).flatMap(([name, r]) => r.problems.map((p) => `${name}: ${p}`)),
  }
}
