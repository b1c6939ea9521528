import crypto from 'node:crypto'

import { CliError, runCli } from './lib/cli'
import { withPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'

/** `npm run admin:password [EMAIL]`: a new password for an admin (the first admin by default), for when the printed one was lost. */
await runCli('admin:password', async () => {
  const env = await prepareRuntimeEnv()
  const email = process.argv[2] ?? env.ADMIN_EMAIL
  const { address, password } = await withPayload(async (payload) => {
    const { docs } = await payload.find({
      collection: 'users',
      where: email ? { email: { equals: email } } : { role: { equals: 'admin' } },
      sort: 'createdAt',
      limit: 1,
      overrideAccess: true,
    })
    const admin = docs[0]
    if (!admin) throw new CliError(`no ${email ? `user ${email}` : 'admin'} found (\`npm start\` creates the first admin)`)
    const password = env.ADMIN_PASSWORD || crypto.randomBytes(18).toString('base64url')
    await payload.update({ collection: 'users', id: admin.id, data: { password, lockUntil: null, loginAttempts: 0 }, overrideAccess: true })
    return { address: admin.email, password }
  })
  console.info(`[linli] ${address} — new password: ${password}`)
})
