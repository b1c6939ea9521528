import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { s3ImageSource } from '../../src/lib/storage/s3Settings'
import { REPO_ROOT } from './embedded-postgres'

const BUILD_INPUTS = ['src', 'public', 'next.config.ts', 'package-lock.json', 'tsconfig.json']
const STAMP_FILE = path.join(REPO_ROOT, '.next', 'linli-source-hash')

function listFiles(entry: string): string[] {
  const full = path.join(REPO_ROOT, entry)
  if (!fs.existsSync(full)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(REPO_ROOT, path.join(d.parentPath, d.name)))
    .sort()
}

/** A hash of everything the production build is made from, so a build is redone only when its inputs changed. */
export function sourceHash(): string {
  const hash = crypto.createHash('sha256')
  for (const file of BUILD_INPUTS.flatMap(listFiles)) {
    hash.update(file).update('\0').update(fs.readFileSync(path.join(REPO_ROOT, file))).update('\0')
  }
  // The Content-Security-Policy is fixed at build time and names the media bucket's host (src/lib/security/headers.ts).
  const bucketHost = s3ImageSource()
  if (bucketHost) hash.update(`img-src ${bucketHost}`)
  return hash.digest('hex')
}

export function isBuildCurrent(): boolean {
  return fs.existsSync(path.join(REPO_ROOT, '.next', 'BUILD_ID')) && fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === sourceHash()
}

/**
 * The build never touches the database (pages are rendered on first visit), so it gets placeholder
 * connection settings rather than starting one.
 */
export function build(): void {
  const hash = sourceHash()
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'build-time-placeholder',
      DATABASE_URL: 'postgres://build:build@127.0.0.1:9/build-has-no-database',
    },
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  fs.writeFileSync(STAMP_FILE, hash)
}

export function ensureBuild(): 'built' | 'current' {
  if (isBuildCurrent()) return 'current'
  build()
  return 'built'
}
