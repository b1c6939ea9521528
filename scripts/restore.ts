import { restoreBackup } from './lib/backup'
import { runCli } from './lib/cli'
import { mediaDir } from './lib/media-dir'
import { withPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** `npm run restore FILE`: replaces the database rows and the media folder with a backup's (stop the site first). */
await runCli('restore', async () => {
  const archive = process.argv[2]
  if (!archive) {
    console.error('usage: npm run restore -- FILE.tar.gz   (stop the site first; everything in the database and media folder is replaced)')
    return 2
  }
  const env = await prepareRuntimeEnv()
  const { rows, files, createdAt } = await withPayload((payload) =>
    restoreBackup({ archive, payload, databaseUrl: env.DATABASE_URL!, mediaDir: mediaDir() }),
  )
  console.info(`[linli] restored ${rows} rows and ${files} media files from ${archive} (made ${createdAt})`)
})
