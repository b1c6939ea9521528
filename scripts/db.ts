import path from 'node:path'

import { runCli } from './lib/cli'
import {
  DEFAULT_DATA_DIR,
  embeddedPostgresPort,
  embeddedPostgresStatus,
  REPO_ROOT,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from './lib/embedded-postgres'

const USAGE = `Usage: npm run db -- <command>
  start    start the embedded PostgreSQL (creates it on first use)
  stop     stop it
  status   print running | stopped | absent
  url      start it if needed and print its connection URL (contains the password)`

const dataDirLabel = path.relative(REPO_ROOT, DEFAULT_DATA_DIR)

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start': {
      const port = embeddedPostgresPort()
      const { alreadyRunning } = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR, port, durable: true })
      console.log(`PostgreSQL ${alreadyRunning ? 'was already running' : 'started'} (${dataDirLabel}, 127.0.0.1)`)
      return 0
    }
    case 'stop':
      await stopEmbeddedPostgres(DEFAULT_DATA_DIR)
      console.log(`PostgreSQL stopped (${dataDirLabel})`)
      return 0
    case 'status':
      console.log(await embeddedPostgresStatus(DEFAULT_DATA_DIR))
      return 0
    case 'url': {
      const port = embeddedPostgresPort()
      const { url } = await startEmbeddedPostgres({ dataDir: DEFAULT_DATA_DIR, port, durable: true })
      console.log(url)
      return 0
    }
    default:
      console.error(USAGE)
      return 2
  }
}

await runCli('db', () => main(process.argv[2]))
