import { build } from './lib/build'
import { runCli } from './lib/cli'

/** `npm run build`: the production build (needs no database). */
await runCli('build', async () => {
  build()
  console.info('[linli] production build done')
})
