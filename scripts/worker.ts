import { jobsQueue } from '../src/jobs/queue'
import { queueLock } from '../src/jobs/queueLock'
import { exitWithError, guardSilentExit } from './lib/cli'
import { closePayload, loadPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/**
 * `npm run worker`: runs the jobs queue (application mail, scheduled publishing, retention) in its own
 * process, for deployments whose web processes run with LINLI_RUN_JOBS=off. Several workers may run:
 * one holds the queue's lock in PostgreSQL and runs it, the others wait and take over when it stops.
 *
 * Environment: DATABASE_URL (as the web processes; the embedded database when unset), SMTP_* as the web
 * processes, LINLI_JOBS_QUEUE (default `default`), LINLI_WORKER_INTERVAL_MS (how often an idle worker
 * looks for due jobs, default 2000), LINLI_WORKER_BATCH (jobs per run, default 20).
 */
const intervalMs = Math.max(100, Number(process.env.LINLI_WORKER_INTERVAL_MS) || 2000)
const batch = Math.max(1, Number(process.env.LINLI_WORKER_BATCH) || 20)

const guard = guardSilentExit('worker')
let stopping = false
let wake: (() => void) | undefined

try {
  await prepareRuntimeEnv()
  // Payload's own timer-driven runner stays off here: this loop runs the queue, under the lock.
  process.env.LINLI_RUN_JOBS = 'off'
  const queue = jobsQueue()
  const payload = await loadPayload()
  const lock = queueLock(queue)
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      stopping = true
      wake?.()
    })
  console.info(`[linli] worker ${process.pid}: queue "${queue}"`)
  let wasActive = false
  while (!stopping) {
    if (await lock.acquire()) {
      if (!wasActive) console.info(`[linli] worker ${process.pid}: running the queue`)
      wasActive = true
      try {
        await payload.jobs.handleSchedules({ queue })
        // A full batch may leave more: run again at once; stop between batches when asked to.
        while (!stopping) {
          const result = await payload.jobs.run({ queue, limit: batch, silent: true })
          const ran = 'jobStatus' in result && result.jobStatus ? Object.keys(result.jobStatus).length : 0
          if (result.noJobsRemaining || ran < batch) break
        }
      } catch (error) {
        console.error(`[linli] worker ${process.pid}: running the queue failed: ${(error as Error).message}`)
      }
    } else if (wasActive) {
      console.warn(`[linli] worker ${process.pid}: lost the queue lock (database connection?), standing by`)
      wasActive = false
    }
    await new Promise<void>((resolve) => {
      wake = resolve
      setTimeout(resolve, intervalMs).unref()
    })
  }
  await lock.release()
  await closePayload(payload)
  console.info(`[linli] worker ${process.pid}: stopped`)
  guard.finished()
  process.exit(0)
} catch (error) {
  guard.finished()
  exitWithError('worker', error)
}
