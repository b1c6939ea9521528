import { bootstrap } from '../../scripts/lib/bootstrap'
import { runCli } from '../../scripts/lib/cli'

/**
 * Migrations, the first admin (ADMIN_EMAIL/ADMIN_PASSWORD) and the demo content on DATABASE_URL, in a process
 * of its own: Payload keeps one instance per process, and the bench's own process has one on the main stack.
 */
await runCli('bench:prepare-database', async () => {
  const { seeded } = await bootstrap({ demoContent: true, requireTwoFactor: false })
  console.info(`[bench] database prepared (${seeded?.created ?? 0} demo documents)`)
})
