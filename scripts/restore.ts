import fs from 'node:fs'

import { migrations } from '../src/migrations'
import { extractBackup, readManifest, restoreMedia, restoreRows } from './lib/backup'
import { mediaDir } from './lib/media-dir'
import { applyMigrations, closePayload, loadPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

const archive = process.argv[2]
if (!archive) {
  console.error('usage: npm run restore -- FILE.tar.gz   (stop the site first; everything in the database and media folder is replaced)')
  process.exit(2)
}
const env = await prepareRuntimeEnv()
const extracted = extractBackup(archive)
try {
  const manifest = readManifest(extracted)
  const known = new Set(migrations.map((m) => m.name))
  const unknown = manifest.migrations.filter((name) => !known.has(name))
  if (unknown.length) throw new Error(`The backup comes from a newer version of Linli (migrations ${unknown.join(', ')}): upgrade first.`)
  // Rows go into tables shaped as they were when the backup was made; newer migrations then run on top.
  const payload = await loadPayload()
  let rows: Record<string, number>
  try {
    await applyMigrations(payload, manifest.migrations)
    rows = await restoreRows({ databaseUrl: env.DATABASE_URL!, extracted })
    await applyMigrations(payload)
  } finally {
    await closePayload(payload)
  }
  const files = restoreMedia({ extracted, mediaDir: mediaDir() })
  console.info(`[linli] restored ${Object.values(rows).reduce((a, b) => a + b, 0)} rows and ${files} media files from ${archive} (made ${manifest.createdAt})`)
} finally {
  fs.rmSync(extracted, { recursive: true, force: true })
}
process.exit(0)
