import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { ensureBuild } from './lib/build'
import { ensureChromium } from './lib/chromium'
import { runCli } from './lib/cli'
import { REPO_ROOT } from './lib/embedded-postgres'

/** `npm test [-- vitest arguments]`: Chromium and a current production build, then vitest. */
await runCli('test', async () => {
  ensureChromium()
  // The HTTP tests run against the production build, so it must match the sources first.
  if (process.env.LINLI_TEST_SERVER !== 'off') {
    const built = ensureBuild()
    console.info(built === 'built' ? '[linli] production build done' : '[linli] production build is current')
  }
  const vitest = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  return vitest.status ?? 1
})
