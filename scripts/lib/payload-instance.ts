import type { Payload } from 'payload'

import { migrations } from '../../src/migrations'

/** Loads Payload from the project config in a plain Node process (scripts, tests' global setup). */
export async function loadPayload(): Promise<Payload> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../src/payload.config')])
  return getPayload({ config, cron: false })
}

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/** Applies the committed migrations (the same list production applies on start). */
export async function applyMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
}

export async function closePayload(payload: Payload): Promise<void> {
  await payload.db.destroy?.()
}
