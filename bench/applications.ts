import { solveProofsOfWork } from '../tests/helpers/applicant'
import { runApplicationLoad } from '../tests/helpers/application-load'
import { startReliabilityStack } from '../tests/helpers/reliability-stack'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { treeCpuSeconds } from './lib/process-memory'
import type { BenchOutcome } from './lib/results'

const TARGET_PER_SECOND = 200
const SECONDS = Number(process.env.BENCH_APPLICATION_SECONDS ?? 20)
const CONCURRENCY = 50
/** Enough for the target rate over the whole window; the run ends early if they are used up. */
const PROOFS = Number(process.env.BENCH_APPLICATION_PROOFS ?? TARGET_PER_SECOND * SECONDS)

/**
 * Sustained accepted applications per second through the real form path: a challenge fetched and
 * solved per application, then the POST (validation, proof-of-work verification, idempotency, one
 * transaction storing the application and queueing its mails) on a durable database. The challenges
 * are fetched and solved before the timed phase: on this 2-core machine the client's solving would
 * otherwise take CPU from the server it measures. The server still verifies every solution in full.
 */
export async function benchApplications(): Promise<BenchOutcome> {
  const stack = await startReliabilityStack('bench-applications', { LINLI_RUN_JOBS: 'off' })
  try {
    // Warm the route and the database pool first.
    await runApplicationLoad({ siteUrl: () => stack.server().url, total: 50, concurrency: 10, deadlineMs: 30_000, firstIndex: 500_000 })
    const solveStarted = performance.now()
    const solvedProofs = await solveProofsOfWork(stack.server().url, PROOFS)
    const solveSeconds = Math.round((performance.now() - solveStarted) / 100) / 10
    const serverPid = stack.server().process.pid!
    const postgresPid = Number(fs.readFileSync(path.join(stack.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    const cpu0 = { server: treeCpuSeconds(serverPid), postgres: treeCpuSeconds(postgresPid), client: process.cpuUsage() }
    const report = await runApplicationLoad({ siteUrl: () => stack.server().url, total: solvedProofs.length, solvedProofs, concurrency: CONCURRENCY, deadlineMs: SECONDS * 1000 })
    const clientCpu = process.cpuUsage(cpu0.client)
    const cpuSeconds = {
      server: treeCpuSeconds(serverPid) - cpu0.server,
      postgres: treeCpuSeconds(postgresPid) - cpu0.postgres,
      client: (clientCpu.user + clientCpu.system) / 1e6,
    }
    // The machine is shared: what one application costs in CPU, and so what the cores could take if they were ours alone.
    const msPerApplication = (seconds: number) => Math.round((seconds * 10_000) / Math.max(1, report.accepted)) / 10
    const cpuMs = { server: msPerApplication(cpuSeconds.server), postgres: msPerApplication(cpuSeconds.postgres), client: msPerApplication(cpuSeconds.client) }
    const capacityPerSecond = Math.round((os.cpus().length * 1000) / (cpuMs.server + cpuMs.postgres))
    const busy = Math.round(((cpuSeconds.server + cpuSeconds.postgres + cpuSeconds.client) / (report.seconds * os.cpus().length)) * 100)
    const at = (p: number) => Math.round(report.latenciesMs[Math.min(report.latenciesMs.length - 1, Math.ceil((p / 100) * report.latenciesMs.length) - 1)] ?? NaN)
    const perSecond = Math.round(report.accepted / report.seconds)
    const stored = Number((await stack.query<{ n: string }>('select count(*) n from applications'))[0]?.n ?? 0)
    const failures: string[] = []
    if (perSecond < TARGET_PER_SECOND) failures.push(`${perSecond} accepted applications/s (target ${TARGET_PER_SECOND}/s)`)
    if (report.failed.length) failures.push(`${report.failed.length} submissions not accepted`)
    return {
      data: { concurrency: CONCURRENCY, seconds: Math.round(report.seconds * 10) / 10, accepted: report.accepted, acceptedPerSecond: perSecond, storedInDatabase: stored, failed: report.failed.length, proofsSolvedBeforehand: PROOFS, solveSeconds, cpuMsPerApplication: cpuMs, capacityPerSecondOnIdleCores: capacityPerSecond, shareOfMachineUsedPercent: busy, loadAverage: os.loadavg()[0], latencyMs: { median: at(50), p99: at(99) }, targetPerSecond: TARGET_PER_SECOND },
      summary: [
        `${perSecond} accepted applications/s sustained for ${Math.round(report.seconds)} s from ${CONCURRENCY} clients (target ${TARGET_PER_SECOND}/s); POST latency median ${at(50)} ms, p99 ${at(99)} ms; ${report.failed.length} not accepted.`,
        `CPU per accepted application: server ${cpuMs.server} ms, PostgreSQL ${cpuMs.postgres} ms (the load client ${cpuMs.client} ms): ${os.cpus().length} cores of our own would take about ${capacityPerSecond}/s. Server, database and client used ${busy}% of the machine during the run (load average ${os.loadavg()[0]!.toFixed(1)}: the rest went to other work on this shared machine).`,
        `Each application carries its own proof of work: ${PROOFS} challenges were fetched and solved before the timed phase (${solveSeconds} s, difficulty lowered for the client), so the client's solving does not take the server's CPU; the server verifies every solution at full cost. The run ends at ${SECONDS} s or when the solved proofs are used up.`,
      ],
      failures,
    }
  } finally {
    await stack.stop()
  }
}
