import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createClient } from 'redis'

import { ensureNginx, ensureRedisServer } from '../../scripts/lib/debian-packages'
import { eventually } from './eventually'
import { freePort, stopChild } from './site-server'

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')

/** The shared parts in front of and beside several web processes (the multi-process test and bench): Debian's nginx and Redis. */
export type Service = { process: ChildProcess; output: () => string; stop: () => Promise<void> }

export function spawnService(command: string, args: string[]): Service {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let log = ''
  child.stdout?.on('data', (d) => (log += d))
  child.stderr?.on('data', (d) => (log += d))
  return {
    process: child,
    output: () => log,
    stop: () => stopChild(child, 3000),
  }
}

export const waitFor = (check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> =>
  eventually(async () => {
    if (!(await check())) throw new Error(`timed out waiting for ${what}`)
  }, timeoutMs, 100)

/** Debian's redis-server on a free loopback port, nothing kept on disk. */
export async function startRedis(): Promise<Service & { url: string }> {
  const port = await freePort()
  const redis = spawnService(ensureRedisServer(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
  const url = `redis://127.0.0.1:${port}`
  const client = createClient({ url })
  client.on('error', () => undefined)
  await waitFor(async () => {
    if (!client.isOpen) await client.connect()
    return (await client.ping()) === 'PONG'
  }, 20_000, `redis-server (${redis.output()})`)
  await client.quit()
  return { ...redis, url }
}

/**
 * Debian's nginx with the committed deploy/nginx/linli.conf, its listen port and upstream servers replaced by
 * the given ones; with fewer upstreams than the file names, the file's surplus `server` lines are left out.
 */
export async function startNginx(port: number, upstreams: number[]): Promise<Service> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-nginx-'))
  let site = fs.readFileSync(path.join(REPO_ROOT, 'deploy/nginx/linli.conf'), 'utf8')
  const servers = [...site.matchAll(/^ *server 127\.0\.0\.1:(\d+) .*\n/gm)]
  if (upstreams.length < 1 || upstreams.length > servers.length) throw new Error(`deploy/nginx/linli.conf names ${servers.length} upstream servers, not room for ${upstreams.length}`)
  servers.forEach((line, i) => {
    const port = upstreams[i]
    site = site.replace(line[0], port === undefined ? '' : line[0].replace(`127.0.0.1:${line[1]} `, `127.0.0.1:${port} `))
  })
  if (!site.includes('listen 80;')) throw new Error('deploy/nginx/linli.conf no longer says `listen 80;`')
  site = site.replace('listen 80;', `listen 127.0.0.1:${port};`)
  fs.writeFileSync(path.join(dir, 'linli.conf'), site)
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1;\ndaemon off;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\nevents { worker_connections 1024; }\n` +
      `http {\n  access_log off;\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}\n  include ${dir}/linli.conf;\n}\n`,
  )
  const nginx = spawnService(ensureNginx(), ['-p', dir, '-c', path.join(dir, 'nginx.conf')])
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok, 20_000, `nginx (${nginx.output()} ${fs.existsSync(`${dir}/error.log`) ? fs.readFileSync(`${dir}/error.log`, 'utf8') : ''})`)
  return nginx
}
