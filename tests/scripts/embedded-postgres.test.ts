import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  embeddedPostgresStatus,
  passwordFilePath,
  REPO_ROOT,
  SHARED_PG_HOME,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from '../../scripts/lib/embedded-postgres'

const testRoot = path.join(REPO_ROOT, '.data', `test-embedded-${randomBytes(4).toString('hex')}`)
const throwawayDir = path.join(testRoot, 'throwaway')
const durableDir = path.join(testRoot, 'durable')
// Like a clone in root's home (mode 700): the unprivileged server user cannot enter it.
const privateHome = path.join(testRoot, 'private-home')
const privateDir = path.join(privateHome, '.data', 'postgres')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

function portAcceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function queryValue(url: string, sql: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const result = await client.query<Record<string, unknown>>(sql)
    const firstRow = result.rows[0]
    return firstRow ? Object.values(firstRow)[0] : undefined
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  let throwawayPort = 0
  let durablePort = 0
  let throwawayUrl = ''
  let durableUrl = ''

  beforeAll(async () => {
    throwawayPort = await freePort()
    durablePort = await freePort()
  })

  afterAll(async () => {
    await stopEmbeddedPostgres(throwawayDir).catch(() => undefined)
    await stopEmbeddedPostgres(durableDir).catch(() => undefined)
    await stopEmbeddedPostgres(privateDir).catch(() => undefined)
    // A cluster placed outside the tree is removed with its folder there.
    const real = await fs.realpath(privateDir).catch(() => privateDir)
    if (real !== privateDir) await fs.rm(path.dirname(real), { recursive: true, force: true })
    await fs.rm(testRoot, { recursive: true, force: true })
  })

  it('creates a cluster on first start and serves queries through the URL', async () => {
    expect(await embeddedPostgresStatus(throwawayDir)).toBe('absent')
    const started = await startEmbeddedPostgres({ dataDir: throwawayDir, port: throwawayPort, durable: false })
    throwawayUrl = started.url
    expect(started.alreadyRunning).toBe(false)
    expect(throwawayUrl).toMatch(new RegExp(`^postgres://postgres:[^@]+@127\\.0\\.0\\.1:${throwawayPort}/linli$`))
    expect(await queryValue(throwawayUrl, 'SELECT current_database()')).toBe('linli')
    expect(await embeddedPostgresStatus(throwawayDir)).toBe('running')
  })

  it('keeps the password out of the data dir, readable by its owner only', async () => {
    const passwordFile = path.join(testRoot, 'throwaway-password')
    const { mode } = await fs.stat(passwordFile)
    expect(mode & 0o777).toBe(0o600)
    expect(throwawayUrl).toContain(encodeURIComponent(readFileSync(passwordFile, 'utf8').trim()))
  })

  it('reuses a running cluster on a second start', async () => {
    const again = await startEmbeddedPostgres({ dataDir: throwawayDir, port: throwawayPort, durable: false })
    expect(again).toEqual({ url: throwawayUrl, alreadyRunning: true })
    expect(await queryValue(again.url, 'SELECT 1 AS one')).toBe(1)
  })

  it('listens on 127.0.0.1 only', async () => {
    expect(await queryValue(throwawayUrl, 'SHOW listen_addresses')).toBe('127.0.0.1')
  })

  it('turns durability off for a throwaway cluster only', async () => {
    expect(await queryValue(throwawayUrl, 'SHOW fsync')).toBe('off')
    expect(await queryValue(throwawayUrl, 'SHOW synchronous_commit')).toBe('off')

    durableUrl = (await startEmbeddedPostgres({ dataDir: durableDir, port: durablePort, durable: true })).url
    expect(await queryValue(durableUrl, 'SHOW fsync')).toBe('on')
    expect(await queryValue(durableUrl, 'SHOW synchronous_commit')).toBe('on')
    expect(await queryValue(durableUrl, 'SHOW full_page_writes')).toBe('on')
  })

  it('never runs a durable cluster with fsync off', async () => {
    await expect(
      startEmbeddedPostgres({ dataDir: durableDir, port: durablePort, durable: false }),
    ).rejects.toThrow(/durable cluster/)

    await queryValue(durableUrl, 'ALTER SYSTEM SET fsync = off')
    await stopEmbeddedPostgres(durableDir)
    await startEmbeddedPostgres({ dataDir: durableDir, port: durablePort, durable: true })
    expect(await queryValue(durableUrl, 'SHOW fsync')).toBe('on')
    await queryValue(durableUrl, 'ALTER SYSTEM RESET fsync')
  })

  it('restarts after the postmaster is killed with SIGKILL, keeping committed data', async () => {
    await queryValue(durableUrl, 'CREATE TABLE survivors (name text)')
    await queryValue(durableUrl, "INSERT INTO survivors VALUES ('before the crash')")

    const postmasterPid = Number(readFileSync(path.join(durableDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    process.kill(postmasterPid, 'SIGKILL')

    const restarted = await startEmbeddedPostgres({ dataDir: durableDir, port: durablePort, durable: true })
    expect(restarted.alreadyRunning).toBe(false)
    expect(restarted.url).toBe(durableUrl)
    expect(await queryValue(durableUrl, 'SELECT name FROM survivors')).toBe('before the crash')
    // Crash recovery waits for the killed postmaster's backends to exit; on a loaded machine that took over a minute.
  }, 180_000)

  it('stops cleanly, and stopping again is a no-op', async () => {
    await stopEmbeddedPostgres(durableDir)
    expect(await embeddedPostgresStatus(durableDir)).toBe('stopped')
    expect(await portAcceptsConnections(durablePort)).toBe(false)
    await expect(stopEmbeddedPostgres(durableDir)).resolves.toBeUndefined()

    await stopEmbeddedPostgres(throwawayDir)
    expect(await embeddedPostgresStatus(throwawayDir)).toBe('stopped')
    expect(await portAcceptsConnections(throwawayPort)).toBe(false)
  })

  it('starts a cluster for a project inside a private (mode 700) directory', async () => {
    await fs.mkdir(privateHome, { recursive: true, mode: 0o700 })
    await fs.chmod(privateHome, 0o700)
    const port = await freePort()
    const { url } = await startEmbeddedPostgres({ dataDir: privateDir, port, durable: false })
    expect(await queryValue(url, 'SELECT current_database()')).toBe('linli')
    expect(await embeddedPostgresStatus(privateDir)).toBe('running')
    const real = await fs.realpath(privateDir)
    if (process.getuid?.() === 0) {
      // PostgreSQL refuses root, and its own user cannot enter the private directory: the cluster lives where it can, linked from the project.
      expect(real.startsWith(`${SHARED_PG_HOME}/clusters/`)).toBe(true)
      expect((await fs.lstat(privateDir)).isSymbolicLink()).toBe(true)
      expect((await fs.stat(real)).uid).not.toBe(0)
      expect(path.dirname(passwordFilePath(privateDir))).toBe(path.dirname(real))
    } else {
      // Anyone else runs PostgreSQL as themselves, who can enter their own private directory.
      expect(real).toBe(privateDir)
    }
    await stopEmbeddedPostgres(privateDir)
    expect(await embeddedPostgresStatus(privateDir)).toBe('stopped')
    expect((await startEmbeddedPostgres({ dataDir: privateDir, port, durable: false })).url).toBe(url)
    await stopEmbeddedPostgres(privateDir)
  })

  it('reports a missing cluster as absent and stopping it does nothing', async () => {
    const missingDir = path.join(testRoot, 'never-created')
    expect(await embeddedPostgresStatus(missingDir)).toBe('absent')
    await expect(stopEmbeddedPostgres(missingDir)).resolves.toBeUndefined()
  })
})
