import type http from 'node:http'

import { ISLAND_ATTRIBUTE } from '@/lib/islands'

import { pathnameOf } from './pathname'
import { holdWholeBody } from './wholeBody'

/**
 * What a site page sends of Next's client runtime (about 170 KB gzip, the same on a page with nothing
 * interactive). Next.js puts every chunk in the head as async scripts, which run as soon as they arrive:
 * often before the page has painted, so a slow phone parses and runs the framework before it shows any
 * text, and then hydrates a page whose links, pictures and text need none of it.
 *
 * - A page without an island (src/lib/islands.ts: reading pages, lists, search) is sent without the
 *   runtime: no chunk scripts, no flight data for hydration. It works as it does with JavaScript off,
 *   which every page must; read-aloud is its own small script.
 * - A page with one (a form, the live preview) is sent with one inline loader in place of the chunk
 *   scripts, which adds them once an island is on screen after the first contentful paint, or as soon as
 *   the visitor touches or focuses one. A resident who opens an activity to read its time and place pays
 *   nothing for the sign-up form further down (Lighthouse, activity page: 804 ms of blocking time when the
 *   runtime came on the first paint, 135 ms now; bench/results).
 *
 * Payload's admin and the API are left as they are.
 */

const CHUNK_SCRIPT = /<script src="(\/_next\/static\/[^"<>]+\.js)" async=""><\/script>/g
const PRELOADED_CHUNK = /<link rel="preload" as="script" fetchPriority="low" href="(\/_next\/static\/[^"<>]+\.js)"\/>/g
/** The legacy-browser polyfills, for the runtime only. */
const POLYFILLS = /<script src="\/_next\/static\/[^"<>]+\.js" noModule=""><\/script>/g
/** The flight data React hydrates from; Next escapes every `<` inside it, so `])</script>` ends it. */
const FLIGHT_DATA = /<script>(?:\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(\[[\s\S]*?\]\)<\/script>/g
const MARKER = 'data-linli-scripts'

/**
 * Plain ES5: it must run on old phones too. After the first contentful paint (after 3 s at the latest, for a
 * browser whose paint timing never reports) it watches the islands and adds the chunks when one comes on
 * screen; a touch, click or focus inside one adds them at once, and so does a hidden tab, which costs the
 * visitor nothing. Without IntersectionObserver they are added on the paint. Until then an island works
 * as it does without JavaScript, and its fields are uncontrolled, so nothing typed meanwhile is lost.
 */
const loader = (sources: string[]) =>
  [
    `<script ${MARKER}>(function(){var s=${JSON.stringify(sources).replace(/</g, '\\u003c')},d=0,w=0,`,
    `f=document.querySelectorAll('[${ISLAND_ATTRIBUTE}]'),I=window.IntersectionObserver,i;`,
    'function go(){if(d)return;d=1;for(var i=0;i<s.length;i++){var e=document.createElement(\'script\');e.src=s[i];e.async=true;document.head.appendChild(e)}}',
    'function watch(){if(w)return;w=1;if(!I)return go();',
    'var o=new I(function(l){for(var i=0;i<l.length;i++)if(l[i].isIntersecting){o.disconnect();return go()}});',
    'for(var i=0;i<f.length;i++)o.observe(f[i])}',
    "for(i=0;i<f.length;i++){f[i].addEventListener('focusin',go);f[i].addEventListener('pointerdown',go);f[i].addEventListener('touchstart',go)}",
    "if(document.visibilityState==='hidden')return go();document.addEventListener('visibilitychange',go);setTimeout(watch,3000);",
    'var P=window.PerformanceObserver,t=P&&P.supportedEntryTypes;',
    "if(t&&t.indexOf('paint')>=0)new P(function(l){if(l.getEntriesByName('first-contentful-paint').length)watch()}).observe({type:'paint',buffered:true});",
    'else requestAnimationFrame(function(){setTimeout(watch)})})()</script>',
  ].join('')

/** A site page as it is sent: without Next's runtime, or, when the page has an island, with the loader that adds it. */
export function pageWithClientRuntimeAsNeeded(html: string): string {
  if (html.includes(MARKER)) return html
  const sources = new Set<string>()
  const take = (_: string, src: string) => (sources.add(src), '')
  const without = html.replace(PRELOADED_CHUNK, take).replace(CHUNK_SCRIPT, take)
  if (sources.size === 0) return html
  if (!html.includes(`${ISLAND_ATTRIBUTE}=""`)) return without.replace(POLYFILLS, '').replace(FLIGHT_DATA, '')
  const bodyEnd = without.lastIndexOf('</body>')
  const at = bodyEnd === -1 ? without.length : bodyEnd
  return `${without.slice(0, at)}${loader([...sources])}${without.slice(at)}`
}

/** The scripts a page loads for its islands (its loader's list), for the weight bench and the tests. */
export function scriptsLoadedForIslands(html: string): string[] {
  const list = new RegExp(`<script ${MARKER}>\\(function\\(\\)\\{var s=(\\[[^\\]]*\\])`).exec(html)?.[1]
  return list ? (JSON.parse(list) as string[]) : []
}

const NOT_SITE_PAGES = /^\/(admin|api)(\/|$)/

/**
 * Holds a site page's HTML as Next writes it and sends it rewritten by pageWithClientRuntimeAsNeeded, with
 * its Content-Length corrected. Installed after compressResponse, so compression, the kept compressed
 * copies and the page memory all see the rewritten page. A response whose headers already went out with
 * a length is sent as it came (its length cannot change any more).
 */
export function sendClientRuntimeAsNeeded(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  if (NOT_SITE_PAGES.test(pathnameOf(req.url))) return
  const lengthFixed = () => res.headersSent && res.getHeader('content-length') !== undefined
  holdWholeBody(
    res,
    // Next's own compression is off (next.config.ts): a Content-Encoding here is the one stage 4 will apply.
    () => /^text\/html/i.test(String(res.getHeader('content-type') ?? '')) && !lengthFixed(),
    function (original, end) {
      // An explicit writeHead meanwhile fixed the length: the page goes out as it came.
      if (original.byteLength === 0 || lengthFixed()) {
        if (req.method === 'HEAD' && !this.headersSent) this.removeHeader('content-length')
        return end(original)
      }
      const body = Buffer.from(pageWithClientRuntimeAsNeeded(original.toString('utf8')), 'utf8')
      if (!this.headersSent && this.getHeader('content-length') !== undefined) this.setHeader('content-length', body.byteLength)
      return end(body)
    },
  )
}
