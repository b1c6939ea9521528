import type { Payload } from 'payload'

import { migrations } from '../../src/migrations'

/** Loads Payload from the project config in a plain Node process (scripts, tests' global setup). */
export async function loadPayload(): Promise<Payload> {
  // One after the other: evaluating both module graphs concurrently has left the process with an
  // unsettled top-level await (exit 13, no output) under load.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config, cron: false })
}

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/** Applies the committed migrations (the same list production applies on start), or only the named ones. */
export async function applyMigrations(payload: Payload, only?: string[]): Promise<void> {
  const selected = only ? migrations.filter((m) => only.includes(m.name)) : migrations
  await payload.db.migrate({ migrations: selected as unknown as MigrateArgs['migrations'] })
}

export async function closePayload(payload: Payload): Promise<void> {
  await payload.db.destroy?.()
}
