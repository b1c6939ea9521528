import path from 'node:path'

import { s3SettingsFromEnv } from '../src/lib/storage/s3Settings'
import { createBackup } from './lib/backup'
import { runCli } from './lib/cli'
import { REPO_ROOT } from './lib/embedded-postgres'
import { mediaDir } from './lib/media-dir'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** `npm run backup [FILE]`: one consistent archive of the database and the media folder, while the site runs. */
await runCli('backup', async () => {
  const env = await prepareRuntimeEnv()
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const outFile = process.argv[2] ?? path.join(REPO_ROOT, 'backups', `linli-${stamp}.tar.gz`)
  const bucket = s3SettingsFromEnv(env)?.bucket
  const manifest = await createBackup({ databaseUrl: env.DATABASE_URL!, mediaDir: mediaDir(), mediaBucket: bucket, outFile })
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0)
  console.info(`[linli] backup written to ${outFile}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${bucket ? 'media NOT included' : 'media included'}`)
  if (bucket) {
    console.info(
      `[linli] media files are in the S3 bucket "${bucket}", not in this archive: back the bucket up on its own ` +
        '(bucket versioning, or e.g. `mc mirror` / `ossutil sync` to another place; see the README, "Media on S3")',
    )
  }
})
