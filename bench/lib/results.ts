import fs from 'node:fs'
import path from 'node:path'

import { REPO_ROOT } from '../../scripts/lib/embedded-postgres'

export const RESULTS_DIR = path.join(REPO_ROOT, 'bench', 'results')

/** What every bench module returns: the machine-readable data and a few lines for the summary. */
export type BenchOutcome = { data: unknown; summary: string[]; failures?: string[] }

export function writeResult(name: string, outcome: BenchOutcome, seconds: number): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const body = { name, measuredAt: new Date().toISOString(), seconds, failures: outcome.failures ?? [], ...(outcome.data as object) }
  const file = path.join(RESULTS_DIR, `${name}.json`)
  fs.writeFileSync(`${file}.tmp`, `${JSON.stringify(body, null, 2)}\n`)
  fs.renameSync(`${file}.tmp`, file)
}
