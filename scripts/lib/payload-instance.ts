import type { Payload } from 'payload'

/** Loads Payload from the project config in a plain Node process (scripts, tests' global setup). */
export async function loadPayload(): Promise<Payload> {
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../src/payload.config')])
  return getPayload({ config, cron: false })
}

export async function closePayload(payload: Payload): Promise<void> {
  await payload.db.destroy?.()
}
