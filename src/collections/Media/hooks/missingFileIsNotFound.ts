import fs from 'node:fs/promises'
import path from 'node:path'

import type { UploadConfig } from 'payload'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const localDiskHandlers = new WeakSet<UploadHandler>()

/** With media in a bucket (src/lib/storage/s3.ts) the local folder is empty: its handler must go. */
export const readsLocalDisk = (handler: UploadHandler): boolean => localDiskHandlers.has(handler)

/**
 * Payload answers a file that is not on disk with a 500 and logs its full path; for a visitor asking for
 * a name that does not exist that is simply a 404, and nothing worth logging.
 */
export function missingFileIsNotFound(staticDir: string): UploadHandler {
  const root = path.resolve(staticDir)
  const handler = async (_req: unknown, { params }: { params: { filename: string } }): Promise<Response | undefined> => {
    const file = path.resolve(root, params.filename)
    // Payload itself refuses names that leave the folder.
    if (!file.startsWith(root + path.sep)) return undefined
    const exists = await fs.stat(file).then((s) => s.isFile(), () => false)
    if (exists) return undefined
    return Response.json({ errors: [{ message: '文件不存在。Not Found' }] }, { status: 404, headers: { 'cache-control': 'no-store' } })
  }
  // Payload's type separates Promise<Response> from Promise<void>; returning nothing lets Payload serve the file.
  localDiskHandlers.add(handler as UploadHandler)
  return handler as UploadHandler
}
