import crypto from 'node:crypto'

import type { Payload } from 'payload'

export type AdminLogin = { email: string; password: string; generated: boolean }

/** On an empty users table, create the first admin: from ADMIN_EMAIL/ADMIN_PASSWORD, or with a strong generated password. */
export async function ensureAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<AdminLogin | undefined> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return undefined
  const email = env.ADMIN_EMAIL || 'admin@linli.local'
  const generated = !env.ADMIN_PASSWORD
  const password = env.ADMIN_PASSWORD || crypto.randomBytes(18).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password, name: '管理员', role: 'admin' },
    overrideAccess: true,
  })
  return { email, password, generated }
}
