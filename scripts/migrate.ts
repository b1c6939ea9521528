import { applyMigrations, closePayload, loadPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** Applies the committed migrations to the configured database (what production does on start). */
export async function migrate(): Promise<void> {
  const payload = await loadPayload()
  try {
    await applyMigrations(payload)
  } finally {
    await closePayload(payload)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await prepareRuntimeEnv()
  await migrate()
  // Payload leaves timers behind; a script that has finished its work ends here.
  process.exit(0)
}
