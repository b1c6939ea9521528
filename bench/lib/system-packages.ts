import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'

/** Finds a Debian package's binary, installing the package with apt when it is missing (the bench needs no manual set-up). */
export function ensureDebianBinary(binary: string, pkg: string, candidates: string[]): string {
  const found = () => candidates.find((file) => fs.existsSync(file))
  const existing = found()
  if (existing) return existing
  if (process.getuid?.() !== 0) throw new Error(`${binary} is missing: install it with \`apt-get install -y ${pkg}\``)
  console.info(`[bench] installing ${pkg} with apt-get`)
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', pkg], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 600_000 })
  if (install().status !== 0) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', timeout: 300_000 })
    if (install().status !== 0) throw new Error(`apt-get install ${pkg} failed`)
  }
  const installed = found()
  if (!installed) throw new Error(`${pkg} installed but ${binary} not found in ${candidates.join(', ')}`)
  return installed
}
