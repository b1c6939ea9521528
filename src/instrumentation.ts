/**
 * Runs once when the server starts (Next's instrumentation hook; server.ts is the request layer).
 * Payload starts its job runner (mail queue, scheduled publishing, retention) only when it is
 * initialised with `cron: true`: doing it here means queued mail goes out from server start, not from
 * whenever someone first opens the admin. LINLI_RUN_JOBS=off leaves the queue to another process.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.LINLI_RUN_JOBS === 'off') return
  try {
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
    await getPayload({ config, cron: true })
  } catch (error) {
    // The database may still be starting: Payload's own routes start the runner on their first request.
    console.error(`[jobs] could not start the job runner at server start: ${(error as Error).message}`)
  }
}
