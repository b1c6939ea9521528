import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { REPO_ROOT } from '../../scripts/lib/embedded-postgres'
import { startSiteServer, type SiteServer } from '../../tests/helpers/site-server'

const APP_DIR = path.join(REPO_ROOT, '.data', 'bench-minimal-next')

/** Filler lengths (characters) tried per target: app-router HTML carries the text twice (markup + RSC payload) plus a fixed overhead. */
function candidateLengths(targetBytes: number, bytesPerChar: number): number[] {
  const lengths = new Set<number>()
  for (let overhead = 1000; overhead <= 20_000; overhead += 1000) {
    lengths.add(Math.max(0, Math.round((targetBytes - overhead) / 2 / bytesPerChar)))
  }
  return [...lengths]
}

const LAYOUT = `export default function Layout({ children }) {
  return <html lang="zh-CN"><body>{children}</body></html>
}
`
const PAGE = `import pages from '../../pages.json'
export const dynamicParams = false
export function generateStaticParams() { return Object.keys(pages).map((id) => ({ id })) }
export default async function Page({ params }) {
  const { id } = await params
  return <main><h1>Linli</h1><p>{pages[id]}</p></main>
}
`

/**
 * The smallest app-router site the same Next.js version builds: one prerendered page per size,
 * built in a scratch folder against the project's node_modules. It is the "what Next.js itself
 * costs" baseline; it never ships with the site.
 */
export async function startMinimalNext(targets: Record<string, { bytes: number; text: string }>): Promise<{ server: SiteServer; pathFor: Record<string, string> }> {
  const pages: Record<string, string> = {}
  for (const [name, { bytes, text }] of Object.entries(targets)) {
    const filler = text.length > 0 ? text : 'Linli neighbourhood volunteers. '
    const bytesPerChar = Buffer.byteLength(filler) / filler.length
    for (const length of candidateLengths(bytes, bytesPerChar)) {
      pages[`${name}-${length}`] = filler.repeat(Math.ceil((length + 1) / filler.length)).slice(0, length)
    }
  }
  const pagesJson = JSON.stringify(pages)
  const stamp = crypto.createHash('sha256').update(pagesJson).update(LAYOUT).update(PAGE).digest('hex')
  const stampFile = path.join(APP_DIR, '.stamp')
  if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8') !== stamp) {
    fs.rmSync(APP_DIR, { recursive: true, force: true })
    fs.mkdirSync(path.join(APP_DIR, 'app', '[id]'), { recursive: true })
    fs.writeFileSync(path.join(APP_DIR, 'package.json'), '{ "private": true }\n')
    fs.writeFileSync(path.join(APP_DIR, 'pages.json'), pagesJson)
    fs.writeFileSync(
      path.join(APP_DIR, 'next.config.mjs'),
      `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(REPO_ROOT)} } }\n`,
    )
    // Its own (empty) instrumentation file, or Next.js picks up the project's src/instrumentation.ts.
    fs.writeFileSync(path.join(APP_DIR, 'instrumentation.js'), 'export function register() {}\n')
    fs.writeFileSync(path.join(APP_DIR, 'app', 'layout.jsx'), LAYOUT)
    fs.writeFileSync(path.join(APP_DIR, 'app', '[id]', 'page.jsx'), PAGE)
    const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/next/dist/bin/next'), 'build'], {
      cwd: APP_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      timeout: 300_000,
    })
    if (build.status !== 0) throw new Error(`minimal Next build failed:\n${build.stdout}\n${build.stderr}`)
    fs.writeFileSync(stampFile, stamp)
  }
  const server = await startSiteServer({}, 60_000, { cwd: APP_DIR, readyPath: '/' })
  const pathFor: Record<string, string> = {}
  for (const [name, { bytes }] of Object.entries(targets)) {
    let best = ''
    let bestDiff = Infinity
    for (const id of Object.keys(pages).filter((key) => key.startsWith(`${name}-`))) {
      const size = (await (await fetch(`${server.url}/${id}`)).arrayBuffer()).byteLength
      const diff = Math.abs(size - bytes)
      if (diff < bestDiff) [best, bestDiff] = [`/${id}`, diff]
    }
    pathFor[name] = best
  }
  return { server, pathFor }
}
