import path from 'node:path'

import { REPO_ROOT } from './embedded-postgres'

/**
 * How every start of the production server (npm start, the tests, the bench) runs server.ts, the
 * request layer in front of Next.js: with plain Node through run.mjs, which reuses its bundle while
 * the sources are unchanged.
 */
export function serverCommand(): [string, string[]] {
  return [process.execPath, [path.join(REPO_ROOT, 'scripts', 'run.mjs'), 'server.ts']]
}
