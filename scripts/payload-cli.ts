import { parseArgs } from 'node:util'

import { generateImportMap, migrateCLI } from 'payload'
import { generateTypes } from 'payload/node'

import { CliError, runCli } from './lib/cli'
import { prepareRuntimeEnv } from './lib/runtime-env'

/**
 * Payload's own commands that this project uses, run in this process on the bundled config (Payload's
 * `bin.js` would load the TypeScript config through tsx). Commands that read the migration files one by
 * one (migrate:status, migrate:down…) need a TypeScript loader and are not offered; `npm run migrate`
 * applies the committed migrations.
 */
const COMMANDS = ['migrate:create', 'generate:types', 'generate:importmap'] as const

await runCli('payload', async () => {
  const { positionals, values } = parseArgs({ args: process.argv.slice(2), strict: false, allowPositionals: true })
  const command = positionals[0]
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number])) {
    throw new CliError(`${command ? `"${command}" is not offered` : 'no command given'}; available: ${COMMANDS.join(', ')} (and \`npm run migrate\` to apply migrations)`)
  }
  await prepareRuntimeEnv()
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  const { default: config } = await import('../src/payload.config')
  if (command === 'generate:types') await generateTypes(await config)
  else if (command === 'generate:importmap') await generateImportMap(await config)
  else await migrateCLI({ config: await config, parsedArgs: { _: positionals, ...values } as Parameters<typeof migrateCLI>[0]['parsedArgs'] })
  console.info(`[linli] payload ${command}: done`)
}, (code) => (code === 0 && process.argv[2] === 'migrate:create' ? 'no schema changes, so no migration was written' : undefined))
