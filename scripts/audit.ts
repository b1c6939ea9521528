import { audit } from './lib/audit'
import { runCli } from './lib/cli'

/** `npm run audit`: fails on a high or critical advisory in production dependencies. */
await runCli('audit', async () => {
  const { ok, report } = audit()
  console[ok ? 'info' : 'error'](`[audit] ${report}`)
  return ok ? 0 : 1
})
