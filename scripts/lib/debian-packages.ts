import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * A program from a Debian package, installed with apt-get when missing (as scripts/lib/chromium.ts does for
 * Chromium): the multi-process tests run Debian's redis-server and nginx. Packages' own services are not
 * started (policy: the test starts its own instance on a free port, with its own configuration).
 */
export function ensureDebianProgram(program: string, pkg: string): string {
  if (fs.existsSync(program)) return program
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`${program} not found. Install it (Debian: apt-get install -y ${pkg}).`)
  }
  console.info(`[linli] installing ${pkg} from Debian for the multi-process tests…`)
  // RUNLEVEL=1: the package's init script does not start a system-wide instance (nothing listens on port 80 or 6379 afterwards).
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' }
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', pkg]]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env })
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`)
  }
  if (!fs.existsSync(program)) throw new Error(`${pkg} is installed but ${program} is missing`)
  return program
}

export const ensureRedisServer = () => ensureDebianProgram(process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server', 'redis-server')
export const ensureNginx = () => ensureDebianProgram(process.env.NGINX_PATH ?? '/usr/sbin/nginx', 'nginx')
