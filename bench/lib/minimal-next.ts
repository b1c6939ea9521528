import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { REPO_ROOT } from '../../scripts/lib/embedded-postgres'
import { startSiteServer, type SiteServer } from '../../tests/helpers/site-server'

const APP_DIR = path.join(REPO_ROOT, '.data', 'bench-minimal-next')

export const gzipBytes = (body: Buffer | string): number => zlib.gzipSync(body).byteLength

const escapeHtml = (t: string) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' })[c]!)
/** What a text of the minimal page adds to its HTML: once as markup, once in the inline RSC payload. */
const contentOf = (text: string) => `${escapeHtml(text)}<script>self.__next_f.push([1,${JSON.stringify(text)}])</script>`

type Shell = { raw: number; gzip: number }
const SHELL_FILE = () => path.join(APP_DIR, '..', 'bench-minimal-next-shell.json')
/** The page's own bytes without the text (measured after each build; a guess the first time). */
function readShell(): Shell {
  try {
    return JSON.parse(fs.readFileSync(SHELL_FILE(), 'utf8')) as Shell
  } catch {
    return { raw: 7000, gzip: 2500 }
  }
}

/**
 * Texts for one target page, so that the minimal page has the same raw size AND the same gzip size:
 * a prefix of the real page's own HTML (its entropy, shown as text) sets the gzip size, a run of one
 * character (which gzip all but removes) tops up the raw size. A small grid around the estimate, as
 * the shell's own size is only known after a build; the closest one is chosen after building.
 */
function candidates(html: string, target: Target, shell: Shell): string[] {
  const gzipFor = (chars: number) => gzipBytes(contentOf(html.slice(0, chars))) + shell.gzip
  let lo = 0
  let hi = html.length
  while (hi - lo > 64) {
    const mid = Math.floor((lo + hi) / 2)
    if (gzipFor(mid) < target.gzip) lo = mid
    else hi = mid
  }
  const texts: string[] = []
  for (const factor of [0.9, 0.95, 1, 1.05, 1.1]) {
    const text = html.slice(0, Math.min(html.length, Math.round(lo * factor)))
    const missing = target.raw - shell.raw - Buffer.byteLength(contentOf(text))
    for (const offset of [-3000, -1500, 0, 1500, 3000]) {
      const pad = Math.round((missing + offset) / 2)
      texts.push(pad > 0 ? text + '-'.repeat(pad) : text.slice(0, Math.max(0, text.length + pad)))
    }
  }
  return texts
}

type Target = { raw: number; gzip: number }

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
 * The smallest app-router site the same Next.js version builds: one prerendered page per target,
 * built in a scratch folder against the project's node_modules. It is the "what Next.js itself
 * costs" baseline; it never ships with the site. Each page matches its target's HTML in raw size and
 * in gzip size (the work a gzip response costs depends on both), by carrying that page's own HTML as text.
 * A page of `texts` shows its text as it is instead.
 */
export async function startMinimalNext(
  targets: Record<string, Buffer>,
  texts: Record<string, string> = {},
): Promise<{ server: SiteServer; pathFor: Record<string, string>; sizes: Record<string, { raw: number; gzip: number }> }> {
  const shell = readShell()
  const pages: Record<string, string> = {}
  const wanted: Record<string, Target> = {}
  for (const [name, html] of Object.entries(targets)) {
    wanted[name] = { raw: html.byteLength, gzip: gzipBytes(html) }
    candidates(html.toString('utf8'), wanted[name], shell).forEach((text, i) => (pages[`${name}-${i}`] = text))
  }
  // Pages that show a given text as it is, whatever their size.
  for (const [name, text] of Object.entries(texts)) pages[`${name}-text`] = text
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
  const sizes: Record<string, { raw: number; gzip: number }> = {}
  for (const [name, target] of Object.entries(wanted)) {
    let bestError = Infinity
    for (const id of Object.keys(pages).filter((key) => key.startsWith(`${name}-`))) {
      const body = Buffer.from(await (await fetch(`${server.url}/${id}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer())
      const size = { raw: body.byteLength, gzip: gzipBytes(body) }
      const error = Math.max(Math.abs(size.raw - target.raw) / target.raw, Math.abs(size.gzip - target.gzip) / target.gzip)
      if (error < bestError) {
        bestError = error
        pathFor[name] = `/${id}`
        sizes[name] = size
        const content = contentOf(pages[id]!)
        fs.writeFileSync(SHELL_FILE(), JSON.stringify({ raw: size.raw - Buffer.byteLength(content), gzip: size.gzip - gzipBytes(content) }))
      }
    }
  }
  for (const name of Object.keys(texts)) pathFor[name] = `/${name}-text`
  return { server, pathFor, sizes }
}
