import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { serverCommand } from '../../scripts/lib/server-command'

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

export type SiteServer = { url: string; port: number; process: ChildProcess; output: () => string; stop: () => Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export function hasProductionBuild(): boolean {
  return fs.existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID'))
}

/** `cwd`: another Next.js app's folder, served by plain `next start`; `readyPath`: a page to wait for instead of /api/health. */
export type SiteServerOptions = { cwd?: string; readyPath?: string }

/** The site's own production server (server.ts), or `next start` for another app's folder. */
function serverSpawn(port: number, cwd: string): [string, string[]] {
  if (cwd === REPO_ROOT) return serverCommand()
  return [process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1']]
}

/** Starts the production server of the current build against the given environment. */
export async function startSiteServer(env: Record<string, string | undefined>, timeoutMs = 120_000, options: SiteServerOptions = {}): Promise<SiteServer> {
  const cwd = options.cwd ?? REPO_ROOT
  if (!fs.existsSync(path.join(cwd, '.next', 'BUILD_ID'))) throw new Error('No production build: run the tests through `npm test`, which builds first.')
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const [command, args] = serverSpawn(port, cwd)
  const child = spawn(command, args, {
    cwd,
    env: {
      ...process.env,
      // Rate limits are counted in the shared database: each test server counts on its own unless a test gives several the same scope.
      RATE_LIMIT_SCOPE: `test-server-${port}`,
      ...env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: env.SITE_URL ?? url,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${log}`)
    const ok = options.readyPath
      ? await fetch(`${url}${options.readyPath}`).then((r) => r.status < 500, () => false)
      : await fetch(`${url}/api/health`).then((r) => r.ok, () => false)
    if (ok) break
    await new Promise((r) => setTimeout(r, 250))
  }
  if (Date.now() >= deadline) {
    child.kill('SIGKILL')
    throw new Error(`the server did not become healthy in ${timeoutMs} ms:\n${log}`)
  }
  return {
    url,
    port,
    process: child,
    output: () => log,
    stop: () => stopChild(child, 5000),
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has gone (also when a test killed it already). */
export function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), graceMs).unref()
  })
}
