import { s3SettingsFromEnv } from '../src/lib/storage/s3Settings'
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
  const bucket = s3SettingsFromEnv(env)?.bucket
  const { rows, files, createdAt, mediaBucket } = await withPayload((payload) =>
    restoreBackup({ archive, payload, databaseUrl: env.DATABASE_URL!, mediaDir: mediaDir(), mediaInBucket: Boolean(bucket) }),
  )
  if (mediaBucket || bucket) {
    console.info(`[linli] restored ${rows} rows from ${archive} (made ${createdAt}); media files were not restored`)
    console.info(
      mediaBucket
        ? `[linli] the backup's media were in the S3 bucket "${mediaBucket}" and are not in the archive: restore the bucket's objects of that time separately (see the README, "Media on S3")`
        : `[linli] media are in the S3 bucket "${bucket}" now: copy the archive's media/ folder into the bucket yourself if it holds files (e.g. \`mc cp --recursive\` / \`ossutil cp -r\`)`,
    )
  } else {
    console.info(`[linli] restored ${rows} rows and ${files} media files from ${archive} (made ${createdAt})`)
  }
})
