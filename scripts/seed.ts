import { seed } from '../src/seed'
import { runCli } from './lib/cli'
import { applyMigrations, withPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** `npm run seed`: the committed migrations, then the demo content (idempotent). */
await runCli('seed', async () => {
  await prepareRuntimeEnv()
  const result = await withPayload(async (payload) => {
    await applyMigrations(payload)
    return seed(payload)
  })
  console.info(`[linli] demo content: ${result.created} created, ${result.skipped} already there`)
})
