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
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
const summaryFile = path.join(RESULTS_DIR, 'summary.md')

/**
 * A run of only some benches replaces their sections in the last summary and keeps the others
 * (marked with when they were measured), so the summary always holds the latest figure of each.
 */
function mergedSummary(): string {
  const previous = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : ''
  const previousSections = new Map<string, string[]>()
  let current: string[] | undefined
  for (const line of previous.split('\n')) {
    if (line.startsWith('## ')) previousSections.set(line, (current = [line]))
    else if (current) current.push(line)
  }
  const ran = new Set(benches.map((b) => b.name))
  const body: string[] = []
  for (const bench of BENCHES) {
    if (ran.has(bench.name)) {
      const i = sections.findIndex((line) => line.startsWith(`## ${bench.title}`))
      const end = sections.findIndex((line, j) => j > i && line.startsWith('## '))
      body.push(...sections.slice(i, end === -1 ? undefined : end))
      continue
    }
    const kept = [...previousSections.entries()].find(([title]) => title.startsWith(`## ${bench.title}`) && !title.startsWith('## Targets'))
    if (!kept) continue
    const resultFile = path.join(RESULTS_DIR, `${bench.name}.json`)
    const at = fs.existsSync(resultFile) ? (JSON.parse(fs.readFileSync(resultFile, 'utf8')) as { measuredAt?: string }).measuredAt : undefined
    const lines = kept[1].filter((line) => !line.startsWith('_Not re-run'))
    while (lines.length && lines.at(-1) === '') lines.pop()
    const rest = lines.slice(1)
    while (rest[0] === '') rest.shift()
    body.push(lines[0]!, '', `_Not re-run this time; measured ${at ?? 'earlier'}._`, '', ...rest, '')
  }
  const keptFailures = [...(previousSections.get('## Targets missed or checks failed') ?? [])]
    .filter((line) => line.startsWith('- ') && !ran.has(line.slice(2).split(':')[0]!))
  const allFailures = [...keptFailures.map((l) => l.slice(2)), ...failures]
  const header = [
    '# Linli bench summary',
    '',
    `Run ${new Date().toISOString()} on ${machine}; ${totalSeconds} s for: ${benches.map((b) => b.name).join(', ')}.`,
    'Reproduce with `npm run bench` (all) or `npm run bench -- <name> …` (some); machine-readable results beside this file.',
    '',
  ]
  const footer = allFailures.length ? ['## Targets missed or checks failed', '', ...allFailures.map((f) => `- ${f}`), ''] : ['All targets met.', '']
  return [...header, ...body, ...footer].join('\n')
}

const summary = mergedSummary()
fs.mkdirSync(RESULTS_DIR, { recursive: true })
fs.writeFileSync(summaryFile, summary)
console.info(`\n${summary}`)
process.exit(failures.length ? 1 : 0)
