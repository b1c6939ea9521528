import type http from 'node:http'

import { pathnameOf } from './pathname'

/**
 * A site page's scripts are requested once its first paint is on screen. Next.js puts every chunk of its
 * client runtime (about 170 KB gzip, the same on a page with nothing interactive) in the head as async
 * scripts: they start at once, share a slow phone's bandwidth with the stylesheet and the cover image, and
 * run as soon as they arrive, often before the page has painted. The pages are whole without them (links,
 * forms and pictures work with JavaScript off); what needs them (read-aloud, the forms' enhancement) starts
 * a moment later. Payload's admin and the API are left as they are.
 */

const HEAD_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g
const PRELOADED_SCRIPT = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/[^"<>]+\.js)"\/>/g
const MARKER = 'data-linli-scripts'

/**
 * Loads the scripts when the first contentful paint has happened (or at once in a hidden tab, which does not
 * paint; after 3 s at the latest). Plain ES5: it must run on old phones too.
 */
const loader = (sources: string[]) =>
  `<script ${MARKER}>(function(){var s=${JSON.stringify(sources).replace(/</g, '\\u003c')},d=0;` +
  `function go(){if(d)return;d=1;for(var i=0;i<s.length;i++){var e=document.createElement('script');e.src=s[i];e.async=true;document.head.appendChild(e)}}` +
  `if(document.visibilityState==='hidden')return go();document.addEventListener('visibilitychange',go);setTimeout(go,3000);` +
  `var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes;` +
  `if(t&&t.indexOf('paint')>=0)new P(function(l){if(l.getEntriesByName('first-contentful-paint').length)go()}).observe({type:'paint',buffered:true});` +
  `else requestAnimationFrame(function(){setTimeout(go)})})()</script>`

/** The page with Next's chunk scripts (and their preload) replaced by one loader before `</body>`. */
export function moveScriptsAfterFirstPaint(html: string): string {
  if (html.includes(MARKER)) return html
  const sources = new Set<string>()
  const without = html
    .replace(PRELOADED_SCRIPT, (_, src: string) => (sources.add(src), ''))
    .replace(HEAD_SCRIPT, (_, src: string) => (sources.add(src), ''))
  if (sources.size === 0) return html
  const bodyEnd = without.lastIndexOf('</body>')
  const at = bodyEnd === -1 ? without.length : bodyEnd
  return `${without.slice(0, at)}${loader([...sources])}${without.slice(at)}`
}

/** The scripts a page loads after its first paint (its loader's list), for the weight bench and the tests. */
export function scriptsLoadedAfterFirstPaint(html: string): string[] {
  const list = new RegExp(`<script ${MARKER}>\\(function\\(\\)\\{var s=(\\[[^\\]]*\\])`).exec(html)?.[1]
  return list ? (JSON.parse(list) as string[]) : []
}

type Chunk = string | Buffer | Uint8Array
type Write = (chunk: Chunk, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void) => boolean
type End = (chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), callback?: () => void) => http.ServerResponse

const NOT_SITE_PAGES = /^\/(admin|api)(\/|$)/
const toBuffer = (chunk: Chunk, encoding?: unknown) =>
  typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk)

/**
 * Holds a site page's HTML as Next writes it and sends it rewritten by moveScriptsAfterFirstPaint, with
 * its Content-Length corrected. Installed after compressResponse, so compression, the kept compressed
 * copies and the page memory all see the rewritten page. A response whose headers already went out with
 * a length is sent as it came (its length cannot change any more).
 */
export function sendScriptsAfterFirstPaint(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  if (NOT_SITE_PAGES.test(pathnameOf(req.url))) return
  const write = res.write as Write
  const end = res.end as End
  let chunks: Buffer[] | undefined
  let decided = false
  const decide = () => {
    decided = true
    const html = /^text\/html/i.test(String(res.getHeader('content-type') ?? ''))
    const lengthFixed = res.headersSent && res.getHeader('content-length') !== undefined
    if (html && !lengthFixed && !res.getHeader('content-encoding')) chunks = []
  }

  res.write = function (this: http.ServerResponse, chunk: Chunk, enc?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void) {
    if (!decided) decide()
    if (!chunks) return write.call(this, chunk, enc, callback)
    chunks.push(toBuffer(chunk, enc))
    const done = typeof enc === 'function' ? enc : callback
    if (done) process.nextTick(done)
    return true
  } as typeof res.write

  res.end = function (this: http.ServerResponse, chunk?: Chunk | (() => void), enc?: BufferEncoding | (() => void), callback?: () => void) {
    if (!decided) decide()
    if (!chunks) return end.call(this, chunk, enc, callback)
    const done = [chunk, enc, callback].find((a) => typeof a === 'function') as (() => void) | undefined
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, enc))
    const original = Buffer.concat(chunks)
    // An explicit writeHead meanwhile fixed the length: the page goes out as it came.
    const rewrite = original.byteLength > 0 && !(this.headersSent && this.getHeader('content-length') !== undefined)
    const body = rewrite ? Buffer.from(moveScriptsAfterFirstPaint(original.toString('utf8')), 'utf8') : original
    if (!this.headersSent) {
      if (req.method === 'HEAD') this.removeHeader('content-length')
      else if (this.getHeader('content-length') !== undefined) this.setHeader('content-length', body.byteLength)
    }
    return body.byteLength ? end.call(this, body, done) : end.call(this, done)
  } as typeof res.end
}
