/** An error whose message says all the user needs: printed without a stack trace. */
export class CliError extends Error {}

/** Prints `error` for the user (its message alone for a CliError, with its stack otherwise) and exits 1. */
export function exitWithError(name: string, error: unknown): never {
  if (error instanceof CliError) console.error(`[linli] ${name}: ${error.message}`)
  else console.error(`[linli] ${name} failed:`, error)
  process.exit(1)
}

/**
 * Says so when the process ends before `finished()` is called: an event loop that ran dry under a
 * pending await, or a library calling process.exit, never ends a command silently.
 */
export function guardSilentExit(name: string, explain?: (code: number) => string | undefined): { finished: () => void } {
  let done = false
  process.on('exit', (code) => {
    if (done) return
    const known = explain?.(code)
    if (known) process.stdout.write(`[linli] ${name}: ${known}\n`)
    else process.stderr.write(`[linli] ${name} ended before it finished (exit code ${code})\n`)
  })
  return { finished: () => void (done = true) }
}

/**
 * Runs a command's work and ends the process (Payload and pg leave timers behind): exit 0 (or the
 * number `work` returns) after the work, which prints its own closing message; on an error, the error
 * and exit 1. `explainExit` names an early exit a library is known to take (e.g. Payload's on no schema change).
 */
export async function runCli(name: string, work: () => Promise<void | number>, explainExit?: (code: number) => string | undefined): Promise<never> {
  const guard = guardSilentExit(name, explainExit)
  let code: number
  try {
    code = (await work()) ?? 0
  } catch (error) {
    guard.finished()
    exitWithError(name, error)
  }
  guard.finished()
  process.exit(code)
}
