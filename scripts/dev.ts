import { spawn } from 'node:child_process'
import path from 'node:path'

import { exitWithError } from './lib/cli'
import { DEFAULT_DATA_DIR, embeddedPostgresPort, REPO_ROOT, startEmbeddedPostgres } from './lib/embedded-postgres'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** Development pushes its schema without migrations, so it gets its own database: never the one `npm start` migrates. */
async function prepare(): Promise<NodeJS.ProcessEnv> {
  if (!process.env.DATABASE_URL) {
    const { url } = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR, port: embeddedPostgresPort(), durable: true, database: 'linli_dev' })
    process.env.DATABASE_URL = url
  }
  return prepareRuntimeEnv()
}

const env = await prepare().catch((error: unknown) => exitWithError('dev', error))
const dev = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'dev', '-p', env.PORT!], {
  cwd: REPO_ROOT,
  env: { ...env, LINLI_DB_PUSH: '1' },
  stdio: 'inherit',
})
dev.on('exit', (code) => process.exit(code ?? 0))
