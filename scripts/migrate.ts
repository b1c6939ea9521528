import { migrations } from '../src/migrations'
import { runCli } from './lib/cli'
import { applyMigrations, withPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** `npm run migrate`: applies the committed migrations to the configured database (what `npm start` does first). */
await runCli('migrate', async () => {
  await prepareRuntimeEnv()
  await withPayload((payload) => applyMigrations(payload))
  console.info(`[linli] migrations applied: the database is at ${migrations.at(-1)?.name ?? 'no migration'}`)
})
