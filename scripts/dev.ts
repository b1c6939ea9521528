import { spawn } from 'node:child_process'
import path from 'node:path'

import { bootstrap, reportBootstrap } from './lib/bootstrap'
import { exitWithError } from './lib/cli'
import { REPO_ROOT } from './lib/embedded-postgres'
import { prepareRuntimeEnv } from './lib/runtime-env'

/**
 * Development runs on the database `npm start` uses, migrated the same way: a schema pushed from the
 * config would lack what the migrations write by hand (the sign-up function, the rate-limit table,
 * search indexes, constraints, the audit trail's triggers). A schema change is a migration: `npm run migrate:create`.
 */
async function prepare(): Promise<NodeJS.ProcessEnv> {
  const env = await prepareRuntimeEnv()
  reportBootstrap(await bootstrap({ demoContent: env.LINLI_DEMO_CONTENT !== 'off' }))
  return env
}

const env = await prepare().catch((error: unknown) => exitWithError('dev', error))
const dev = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'dev', '-p', env.PORT!], {
  cwd: REPO_ROOT,
  env,
  stdio: 'inherit',
})
dev.on('exit', (code) => process.exit(code ?? 0))
