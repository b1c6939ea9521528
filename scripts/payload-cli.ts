import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { REPO_ROOT } from './lib/embedded-postgres'
import { prepareRuntimeEnv } from './lib/runtime-env'

const env = await prepareRuntimeEnv()
const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/payload/bin.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  cwd: REPO_ROOT,
})
process.exit(result.status ?? 1)
