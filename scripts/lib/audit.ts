import { spawnSync } from 'node:child_process'

import { REPO_ROOT } from './embedded-postgres'

type AuditJson = { metadata?: { vulnerabilities?: Record<string, number> }; vulnerabilities?: Record<string, { severity: string; via: unknown[] }>; message?: string; error?: { summary?: string } }

/**
 * `npm audit --omit=dev`: fails on any high or critical advisory in what production installs.
 * When the advisory service cannot be reached (offline, or a registry mirror without the audit
 * endpoint), it says so and passes, unless LINLI_AUDIT_REQUIRED=1 makes that a failure too.
 */
export function audit(): { ok: boolean; report: string } {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 })
  let json: AuditJson
  try {
    json = JSON.parse(run.stdout || '{}') as AuditJson
  } catch {
    json = {}
  }
  const counts = json.metadata?.vulnerabilities
  if (!counts) {
    const reason = json.message ?? json.error?.summary ?? run.error?.message ?? (run.stderr.trim().split('\n').pop() || 'no answer')
    const required = process.env.LINLI_AUDIT_REQUIRED === '1'
    return { ok: !required, report: `npm audit could not reach the advisory service (${reason}); ${required ? 'failing (LINLI_AUDIT_REQUIRED=1)' : 'skipped'}` }
  }
  const serious = Object.entries(json.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
  const summary = Object.entries(counts).map(([level, n]) => `${level} ${n}`).join(', ')
  if (serious.length === 0) return { ok: true, report: `npm audit --omit=dev: no high or critical vulnerability (${summary})` }
  return { ok: false, report: `npm audit --omit=dev: ${serious.length} high/critical: ${serious.map(([name, v]) => `${name} (${v.severity})`).join(', ')}` }
}
