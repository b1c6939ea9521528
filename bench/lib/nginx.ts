import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../tests/helpers/site-server'
import { ensureDebianBinary } from './system-packages'

export type StaticServer = { url: string; stop: () => Promise<void> }

/**
 * nginx from Debian serving the given files (name → bytes) from a temp dir on a loopback port, with
 * Debian's stock gzip settings (gzip on for text/html, default level), as a plain static file server.
 */
export async function startNginx(files: Record<string, Buffer | string>): Promise<StaticServer> {
  const nginx = ensureDebianBinary('nginx', 'nginx', ['/usr/sbin/nginx', '/usr/bin/nginx'])
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-bench-nginx-'))
  fs.chmodSync(dir, 0o755)
  const root = path.join(dir, 'www')
  fs.mkdirSync(root, { mode: 0o755 })
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(root, name), body, { mode: 0o644 })
  const port = await freePort()
  const conf = `
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip on;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { default_type text/html; }
  }
}
`
  const confFile = path.join(dir, 'nginx.conf')
  fs.writeFileSync(confFile, conf)
  const child: ChildProcess = spawn(nginx, ['-c', confFile, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (d) => (stderr += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited ${child.exitCode}: ${stderr}`)
    if (await fetch(`${url}/`).then(() => true, () => false)) break
    if (Date.now() > deadline) throw new Error(`nginx did not start: ${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          fs.rmSync(dir, { recursive: true, force: true })
          resolve()
        }
        if (child.exitCode !== null) return done()
        child.once('exit', done)
        child.kill('SIGQUIT')
        setTimeout(() => child.kill('SIGKILL'), 5000).unref()
      }),
  }
}
