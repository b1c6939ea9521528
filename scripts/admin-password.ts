import crypto from 'node:crypto'

import { closePayload, loadPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** Sets a new password for an admin (the first admin by default), for when the printed one was lost. */
const env = await prepareRuntimeEnv()
const payload = await loadPayload()
const email = process.argv[2] ?? env.ADMIN_EMAIL
const { docs } = await payload.find({
  collection: 'users',
  where: email ? { email: { equals: email } } : { role: { equals: 'admin' } },
  sort: 'createdAt',
  limit: 1,
  overrideAccess: true,
})
const admin = docs[0]
if (!admin) {
  console.error(`[linli] no ${email ? `user ${email}` : 'admin'} found`)
  process.exit(1)
}
const password = env.ADMIN_PASSWORD || crypto.randomBytes(18).toString('base64url')
await payload.update({ collection: 'users', id: admin.id, data: { password, lockUntil: null, loginAttempts: 0 }, overrideAccess: true })
console.info(`[linli] ${admin.email} — new password: ${password}`)
await closePayload(payload)
process.exit(0)
