import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The browser tests drive Debian's Chromium (playwright's own browser download cannot work offline). */
function hasChineseFont(): boolean {
  const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' })
  return list.status === 0 && list.stdout.trim() !== ''
}

/** Chromium, and a Chinese font so screenshots show text rather than empty boxes. */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM_PATH) && (hasChineseFont() || process.env.CHROMIUM_PATH)) return CHROMIUM_PATH
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`)
  }
  console.info('[linli] installing Chromium from Debian for the browser tests…')
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`)
  }
  return CHROMIUM_PATH
}
