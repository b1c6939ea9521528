import fs from 'node:fs'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { REPO_ROOT, startEmbeddedPostgres, stopEmbeddedPostgres } from '../../scripts/lib/embedded-postgres'
import { freePort, startSiteServer, type SiteServer } from '../helpers/site-server'

const dataDir = path.join(REPO_ROOT, '.data', 'test-health-postgres')
let server: SiteServer | undefined

afterAll(async () => {
  await server?.stop()
  await stopEmbeddedPostgres(dataDir)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

async function healthStatus(url: string): Promise<number> {
  return (await fetch(`${url}/api/health`)).status
}

async function waitForStatus(url: string, expected: number, timeoutMs = 20_000): Promise<number> {
  const deadline = Date.now() + timeoutMs
  let status = 0
  while (Date.now() < deadline) {
    status = await healthStatus(url)
    if (status === expected) return status
    await new Promise((r) => setTimeout(r, 250))
  }
  return status
}

describe('/api/health', () => {
  it('answers 200 with the database up, 503 while it is down, and 200 again once it is back, without a restart', async () => {
    fs.rmSync(dataDir, { recursive: true, force: true })
    const port = await freePort()
    const { url: databaseUrl } = await startEmbeddedPostgres({ dataDir, port, durable: false })
    server = await startSiteServer({ DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'health-test-secret-value', LINLI_RUN_JOBS: 'off' })
    expect(await healthStatus(server.url)).toBe(200)
    const body = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string }
    expect(body.database).toBe('up')

    await stopEmbeddedPostgres(dataDir)
    expect(await waitForStatus(server.url, 503)).toBe(503)

    await startEmbeddedPostgres({ dataDir, port, durable: false })
    expect(await waitForStatus(server.url, 200)).toBe(200)
    expect(server.process.exitCode).toBeNull()
  })
})
