import type { Payload } from 'payload'

import { migrations } from '../../src/migrations'

let loaded: Promise<Payload> | undefined
let closed = false

/**
 * Payload from the project config in a plain Node process (scripts, tests' global setup). Payload
 * caches its instance per process, so this is the one instance: load it once, close it at the end.
 * Loading it again after closing would hand back the cached instance with its database gone.
 */
export function loadPayload(): Promise<Payload> {
  if (closed) throw new Error('Payload was already closed in this process (one instance per process: close it only at the end).')
  // Outside production Payload would otherwise open a websocket to a Next dev server's HMR endpoint on :3000.
  process.env.DISABLE_PAYLOAD_HMR ??= 'true'
  loaded ??= (async () => {
    // One after the other: evaluating both module graphs concurrently once left a process with an unsettled top-level await.
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config')
    return getPayload({ config, cron: false })
  })()
  return loaded
}

export async function closePayload(payload: Payload): Promise<void> {
  closed = true
  await payload.db.destroy?.()
}

/** Loads Payload, does `work` with it and closes it, whatever happens. */
export async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const payload = await loadPayload()
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

/** Applies the committed migrations (the same list production applies on start), or only the named ones. */
export async function applyMigrations(payload: Payload, only?: string[]): Promise<void> {
  const selected = only ? migrations.filter((m) => only.includes(m.name)) : migrations
  await payload.db.migrate({ migrations: selected as unknown as MigrateArgs['migrations'] })
}
