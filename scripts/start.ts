import { type ChildProcess, spawn } from 'node:child_process'

import { bootstrap, reportBootstrap } from './lib/bootstrap'
import { ensureBuild } from './lib/build'
import { exitWithError, guardSilentExit } from './lib/cli'
import { DEFAULT_DATA_DIR, embeddedPostgresStatus, REPO_ROOT, stopEmbeddedPostgres } from './lib/embedded-postgres'
import { prepareRuntimeEnv } from './lib/runtime-env'
import { serverCommand } from './lib/server-command'

/** The production web server of the current build (server.ts, the request layer in front of Next.js), in its own process. */
function startWebServer(env: NodeJS.ProcessEnv): ChildProcess {
  const [command, args] = serverCommand()
  return spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...env, NODE_ENV: 'production' },
    stdio: 'inherit',
  })
}

/** Database, migrations, first admin and demo content, a current build: everything before the server starts. */
async function prepare(): Promise<{ env: NodeJS.ProcessEnv; databaseWasRunning: boolean }> {
  const databaseWasRunning = !process.env.DATABASE_URL && (await embeddedPostgresStatus(DEFAULT_DATA_DIR)) === 'running'
  const env = await prepareRuntimeEnv()
  reportBootstrap(await bootstrap({ demoContent: env.LINLI_DEMO_CONTENT !== 'off' }))
  const built = ensureBuild()
  console.info(built === 'built' ? '[linli] production build done' : '[linli] production build is current')
  return { env, databaseWasRunning }
}

const usesEmbeddedDatabase = !process.env.DATABASE_URL
const guard = guardSilentExit('start')
const { env, databaseWasRunning } = await prepare().catch((error: unknown) => {
  guard.finished()
  return exitWithError('start', error)
})

const server = startWebServer(env)
console.info(`\n[linli] site: ${env.SITE_URL}   admin: ${env.SITE_URL}/admin`)
guard.finished()

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', async (code) => {
  if (usesEmbeddedDatabase && !databaseWasRunning) await stopEmbeddedPostgres(DEFAULT_DATA_DIR)
  process.exit(code ?? 0)
})
