import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { REPO_ROOT, resolveDatabaseUrl } from './embedded-postgres'

/** A local secret generated once and kept out of git, so a fresh machine needs no set-up. */
function localSecret(): string {
  const file = path.join(REPO_ROOT, '.data', 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}

/** Fills in what the environment leaves unset: database (embedded unless DATABASE_URL), secret, site URL. */
export async function prepareRuntimeEnv(): Promise<NodeJS.ProcessEnv> {
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  process.env.PAYLOAD_SECRET ||= localSecret()
  process.env.DATABASE_URL ||= await resolveDatabaseUrl()
  process.env.PORT ||= '3000'
  process.env.SITE_URL ||= `http://localhost:${process.env.PORT}`
  process.env.PAYLOAD_CONFIG_PATH ||= path.join(REPO_ROOT, 'src', 'payload.config.ts')
  return process.env
}
