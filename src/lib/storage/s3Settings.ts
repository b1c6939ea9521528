/**
 * The S3 settings from the environment. Kept apart from the Payload plugin (s3.ts) because the security
 * headers (next.config) and the pages read them too, and must not load the AWS SDK.
 */
export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  accessKeyId?: string
  secretAccessKey?: string
  /** Base URL under which the bucket's objects are publicly readable (bucket domain or CDN), no trailing slash. */
  publicUrl?: string
}

/** Upload collections stored in the bucket. Every media document is public (read: anyone). */
export const S3_COLLECTIONS = ['media'] as const

export type Env = Record<string, string | undefined>

const isTrue = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true'

function httpUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name} is not a URL: ${value}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL: ${value}`)
  return value.replace(/\/+$/, '')
}

export function s3SettingsFromEnv(env: Env = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the AWS SDK looks for credentials itself).')
  }
  return {
    bucket,
    region: env.S3_REGION || 'us-east-1',
    endpoint: env.S3_ENDPOINT ? httpUrl('S3_ENDPOINT', env.S3_ENDPOINT) : undefined,
    forcePathStyle: isTrue(env.S3_FORCE_PATH_STYLE),
    accessKeyId,
    secretAccessKey,
    publicUrl: env.S3_PUBLIC_URL ? httpUrl('S3_PUBLIC_URL', env.S3_PUBLIC_URL) : undefined,
  }
}

/** The bucket's public base URL when media are served from it directly, else null. */
export function s3PublicUrl(env: Env = process.env): string | null {
  return s3SettingsFromEnv(env)?.publicUrl ?? null
}

/**
 * The bucket's public host as a Content-Security-Policy source, without its scheme: a page allows it over
 * its own scheme (and https from an http page). No scheme also keeps the colon out of the header value
 * (see src/lib/security/headers.ts), unless the URL names a port.
 */
export function s3ImageSource(env: Env = process.env): string | null {
  const url = s3PublicUrl(env)
  return url ? new URL(url).host : null
}

/** The public URL of an object: keys are `[prefix/]filename`, as the adapter writes them. */
export function publicObjectUrl(publicUrl: string, filename: string, prefix?: string): string {
  const key = [prefix, filename].filter(Boolean).map((part) => part!.split('/').map(encodeURIComponent).join('/')).join('/')
  return `${publicUrl}/${key}`
}
