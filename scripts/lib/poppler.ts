import { spawnSync } from 'node:child_process'

/** poppler-utils' pdftoppm rasterises PDFs in tests (posters' QR codes are decoded from the picture). */
export function ensurePdftoppm(): string {
  const found = spawnSync('sh', ['-c', 'command -v pdftoppm'], { encoding: 'utf8' })
  if (found.status === 0 && found.stdout.trim()) return found.stdout.trim()
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !spawnSync('sh', ['-c', 'command -v apt-get']).stdout?.length) {
    throw new Error('pdftoppm not found. Install poppler-utils (Debian: apt-get install -y poppler-utils).')
  }
  console.info('[linli] installing poppler-utils from Debian for the PDF tests…')
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'poppler-utils']]) {
    const run = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (run.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`)
  }
  return 'pdftoppm'
}
