import { spawn } from 'node:child_process'
import path from 'node:path'

import { REPO_ROOT } from '../../scripts/lib/embedded-postgres'

export type LoadResult = {
  url: string
  requestsPerSecond: number
  latencyMedianMs: number
  latencyP99Ms: number
  requests: number
  non2xx: number
  errors: number
  bytesPerRequest: number
}

type AutocannonJson = {
  requests: { average: number; total: number }
  latency: { p50: number; p99: number }
  throughput: { total: number }
  non2xx: number
  errors: number
  timeouts: number
}

export type LoadOptions = { connections?: number; seconds?: number; headers?: Record<string, string> }

/**
 * One autocannon run in its own process (so the load generator never shares the event loop of
 * what it measures), bounded by time, against a loopback URL only.
 */
export async function loadTest(url: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const target = new URL(url)
  if (target.hostname !== '127.0.0.1' && target.hostname !== 'localhost') throw new Error(`load goes to loopback only, not ${url}`)
  const seconds = opts.seconds ?? 5
  const args = [path.join(REPO_ROOT, 'node_modules/autocannon/autocannon.js'), '--json', '-n', '-c', String(opts.connections ?? 32), '-d', String(seconds), '-t', '10']
  for (const [name, value] of Object.entries({ 'accept-encoding': 'gzip', ...opts.headers })) args.push('-H', `${name}=${value}`)
  args.push(url)
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (err += d))
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      if (code === 0) resolve(out)
      else reject(new Error(`autocannon exited ${code}: ${err}`))
    })
  })
  const json = JSON.parse(stdout) as AutocannonJson
  return {
    url,
    requestsPerSecond: Math.round(json.requests.total / seconds),
    latencyMedianMs: json.latency.p50,
    latencyP99Ms: json.latency.p99,
    requests: json.requests.total,
    non2xx: json.non2xx,
    errors: json.errors + json.timeouts,
    bytesPerRequest: json.requests.total ? Math.round(json.throughput.total / json.requests.total) : 0,
  }
}

/** Several runs of one target as one result: requests added up, the middle median, the worst p99. */
export function combined(runs: LoadResult[], secondsEach: number): LoadResult {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0)
  const medians = runs.map((r) => r.latencyMedianMs).sort((a, b) => a - b)
  return {
    url: runs[0]!.url,
    requestsPerSecond: Math.round(requests / (secondsEach * runs.length)),
    latencyMedianMs: medians[Math.floor(medians.length / 2)]!,
    latencyP99Ms: Math.max(...runs.map((r) => r.latencyP99Ms)),
    requests,
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    bytesPerRequest: runs.at(-1)!.bytesPerRequest,
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
