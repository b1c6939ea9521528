import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

export type Worker = { process: ChildProcess; output: () => string; exited: Promise<number | null> }

/** `npm run worker` as production runs it (scripts/run.mjs scripts/worker.ts), with this environment on top of the test's. */
export function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'scripts/run.mjs'), 'scripts/worker.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  return { process: child, output: () => log, exited: new Promise((resolve) => child.once('exit', resolve)) }
}
