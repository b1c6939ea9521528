import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { REPO_ROOT } from '../../scripts/lib/embedded-postgres'
import { ensureChromium } from '../../scripts/lib/chromium'

export type LighthouseScores = { performance: number; accessibility: number; totalBytes: number; fcpMs: number; lcpMs: number; tbtMs: number; cls: number; failedA11y: string[] }

type Lhr = {
  categories: Record<string, { score: number | null; auditRefs?: Array<{ id: string }> }>
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string; title?: string }>
}

/**
 * Lighthouse 12 (mobile profile, simulated throttling: its defaults) with Debian's Chromium, in its own process.
 * On this busy machine it now and then fails to record the trace (NO_NAVSTART, "run Lighthouse again"): such a run is tried again.
 */
export async function lighthouse(url: string, attempts = 3): Promise<LighthouseScores> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url)
    } catch (error) {
      if (attempt >= attempts || !/run Lighthouse again|NO_NAVSTART|NO_FCP|PROTOCOL_TIMEOUT/.test(String(error))) throw error
      console.warn(`[bench] lighthouse ${url}: ${String(error).slice(0, 160)}; trying again`)
    }
  }
}

async function lighthouseOnce(url: string): Promise<LighthouseScores> {
  const chromePath = ensureChromium()
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-lh-')), 'report.json')
  const args = [
    path.join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking',
  ]
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d) => (err += d))
    const killer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(killer)
      if (code === 0) resolve()
      else reject(new Error(`lighthouse exited ${code}: ${err.slice(-500)}`))
    })
  })
  const lhr = JSON.parse(fs.readFileSync(out, 'utf8')) as Lhr
  fs.rmSync(path.dirname(out), { recursive: true, force: true })
  const a = lhr.audits
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    totalBytes: Math.round(a['total-byte-weight']?.numericValue ?? 0),
    fcpMs: Math.round(a['first-contentful-paint']?.numericValue ?? 0),
    lcpMs: Math.round(a['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(a['total-blocking-time']?.numericValue ?? 0),
    cls: Math.round((a['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    failedA11y: (lhr.categories.accessibility?.auditRefs ?? []).map((ref) => ref.id).filter((id) => a[id]?.score === 0),
  }
}
