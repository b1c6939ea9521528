import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BENCHES } from '../bench'
import { RESULTS_DIR, writeResult } from '../bench/lib/results'
import { startStack } from '../bench/lib/stack'
import { ensureBuild } from './lib/build'

// `npm run bench` runs every measurement; `npm run bench -- pages media` only the named ones.
const selected = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const unknown = selected.filter((name) => !BENCHES.some((b) => b.name === name))
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`)
  process.exit(2)
}
const benches = selected.length ? BENCHES.filter((b) => selected.includes(b.name)) : BENCHES

const started = Date.now()
console.info(ensureBuild() === 'built' ? '[bench] production build done' : '[bench] production build is current')
const stack = await startStack()
console.info(`[bench] site on ${stack.server.url}`)

const sections: string[] = []
const failures: string[] = []
try {
  for (const bench of benches) {
    const t0 = Date.now()
    console.info(`[bench] ${bench.name}: ${bench.title}`)
    try {
      const outcome = await bench.run(stack)
      const seconds = Math.round((Date.now() - t0) / 100) / 10
      writeResult(bench.name, outcome, seconds)
      sections.push(`## ${bench.title} (${seconds} s)`, '', ...outcome.summary, '')
      for (const f of outcome.failures ?? []) failures.push(`${bench.name}: ${f}`)
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
      failures.push(`${bench.name}: crashed: ${message.split('\n')[0]}`)
      console.error(`[bench] ${bench.name} crashed: ${message}`)
      sections.push(`## ${bench.title}`, '', '```', message, '```', '')
    }
    console.info(`[bench] ${bench.name} done in ${Math.round((Date.now() - t0) / 1000)} s`)
  }
} finally {
  await stack.stop()
}

const totalSeconds = Math.round((Date.now() - started) / 1000)
const header = [
  '# Linli bench summary',
  '',
  `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${totalSeconds} s in all.`,
  'Reproduce with `npm run bench`; machine-readable results beside this file.',
  '',
]
const footer = failures.length ? ['## Targets missed or checks failed', '', ...failures.map((f) => `- ${f}`), ''] : ['All targets met.', '']
const summary = [...header, ...sections, ...footer].join('\n')
if (!selected.length) {
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  fs.writeFileSync(path.join(RESULTS_DIR, 'summary.md'), summary)
}
console.info(`\n${summary}`)
process.exit(failures.length ? 1 : 0)
