import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type S3TestServer = {
  /** The S3_* variables that point Linli's media at this server's bucket (public URL included). */
  env: Record<string, string>
  endpoint: string
  bucket: string
  /** A client for the bucket, to look at what the site stored. */
  client: S3
  /** Every key in the bucket. */
  keys(): Promise<string[]>
  stop(): Promise<void>
}

// s3rver's fixed development credentials: it checks every request's signature against them.
const ACCESS_KEY_ID = 'S3RVER'
const SECRET_ACCESS_KEY = 'S3RVER'

/**
 * A local S3-compatible server (s3rver) on a free loopback port, storing in a fresh temporary folder,
 * with one empty bucket. Its objects are readable without credentials, like a public bucket's.
 */
export async function startS3Server({ bucket = 'linli-media' }: { bucket?: string } = {}): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  const env = {
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
    S3_FORCE_PATH_STYLE: '1',
    S3_PUBLIC_URL: `${endpoint}/${bucket}`,
  }
  const client = new S3({
    endpoint,
    region: env.S3_REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
  })
  return {
    env,
    endpoint,
    bucket,
    client,
    async keys() {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken })
        keys.push(...(page.Contents ?? []).map((o) => o.Key!))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return keys.sort()
    },
    async stop() {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
