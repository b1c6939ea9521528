import { seed } from '../src/seed'
import { closePayload, loadPayload } from './lib/payload-instance'
import { prepareRuntimeEnv } from './lib/runtime-env'
import { migrate } from './migrate'

await prepareRuntimeEnv()
await migrate()
const payload = await loadPayload()
const result = await seed(payload)
console.info(`[linli] demo content: ${result.created} created, ${result.skipped} already there`)
await closePayload(payload)
process.exit(0)
