import { spawn } from 'node:child_process'
import path from 'node:path'

import { REPO_ROOT, startEmbeddedPostgres, DEFAULT_DATA_DIR, embeddedPostgresPort } from './lib/embedded-postgres'
import { prepareRuntimeEnv } from './lib/runtime-env'

// Development pushes its schema without migrations, so it gets its own database: never the one `npm start` migrates.
if (!process.env.DATABASE_URL) {
  const { url } = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR, port: embeddedPostgresPort(), durable: true, database: 'linli_dev' })
  process.env.DATABASE_URL = url
}
const env = await prepareRuntimeEnv()
const dev = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'dev', '-p', env.PORT!], {
  cwd: REPO_ROOT,
  env: { ...env, LINLI_DB_PUSH: '1' },
  stdio: 'inherit',
})
dev.on('exit', (code) => process.exit(code ?? 0))
