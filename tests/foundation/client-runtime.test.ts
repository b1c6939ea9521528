import { describe, expect, it } from 'vitest'

import { pageWithClientRuntimeAsNeeded, scriptsLoadedForIslands } from '@/lib/http/clientRuntime'

/** The shape Next.js 16 gives an app-router page: a preloaded bootstrap chunk, async chunks in the head, flight data, the bootstrap again at the end. */
const nextPage = (main: string) =>
  [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
    '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
    '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
    '<title>老顽童之家</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    `<body><main><h1>冬至家宴</h1><p>写着 &lt;/body&gt; 的一段话</p>${main}</main>`,
    '<script type="application/ld+json">{"@type":"Event"}</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
    '<script>self.__next_f.push([1,"2:[\\"$\\",\\"p\\",null,{\\"children\\":\\"\\u003c/script\\u003e 不会提前结束\\"}]\\n"])</script>',
    '<script src="/_next/static/chunks/main.js" async=""></script></body></html>',
  ].join('')
const chunks = ['/_next/static/chunks/main.js', '/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js']
const RUNTIME = /<link rel="preload" as="script"[^>]*>|<script src="[^"]+" async=""><\/script>/g
const FLIGHT = /<script>[^<]*__next_f[\s\S]*?\]\)<\/script>/g

describe('a site page without an island is sent without the client runtime', () => {
  const page = nextPage('<a href="/activities">活动</a>')
  const sent = pageWithClientRuntimeAsNeeded(page)

  it('drops the chunk scripts, their preload, the polyfills and the flight data, and adds no loader', () => {
    expect(sent).not.toMatch(/_next\/static\/[^"]+\.js/)
    expect(sent).not.toContain('__next_f')
    expect(scriptsLoadedForIslands(sent)).toEqual([])
  })

  it('keeps everything else as it was: stylesheet, text, links and structured data', () => {
    const strip = (html: string) => html.replace(RUNTIME, '').replace(FLIGHT, '').replace(/<script src="[^"]+" noModule=""><\/script>/, '')
    expect(sent).toBe(strip(page))
    for (const kept of ['<link rel="stylesheet"', '写着 &lt;/body&gt; 的一段话', '<a href="/activities">活动</a>', '<script type="application/ld+json">']) expect(sent).toContain(kept)
  })
})

describe('a site page with an island runs the client runtime once an island is on screen', () => {
  const page = nextPage('<form action="" data-linli-island=""><button>报名</button></form>')
  const sent = pageWithClientRuntimeAsNeeded(page)

  it('takes every chunk script and its preload out of the page and lists each once, in order, in one loader before </body>', () => {
    expect(sent).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async="">/)
    expect(sent).not.toContain('rel="preload" as="script"')
    expect(scriptsLoadedForIslands(sent)).toEqual(chunks)
    expect(sent.indexOf('<script data-linli-scripts>')).toBeGreaterThan(sent.lastIndexOf('self.__next_f'))
    expect(sent.endsWith('})()</script></body></html>')).toBe(true)
  })

  it('keeps the flight data React hydrates from, the polyfills and the rest of the page', () => {
    const strip = (html: string) => html.replace(/<script data-linli-scripts>[\s\S]*?<\/script>/, '').replace(RUNTIME, '')
    expect(strip(sent)).toBe(strip(page))
    expect(sent.match(FLIGHT)).toHaveLength(3)
  })

  it('runs them when an island comes on screen after the first contentful paint, on a focus or touch inside one, and at once in a hidden tab', () => {
    const loader = /<script data-linli-scripts>([\s\S]*?)<\/script>/.exec(sent)![1]!
    expect(loader).toContain("getEntriesByName('first-contentful-paint')")
    expect(loader).toContain("querySelectorAll('[data-linli-island]')")
    expect(loader).toContain('isIntersecting')
    expect(loader).toContain("addEventListener('focusin',go)")
    expect(loader).toContain("document.visibilityState==='hidden'")
    expect(loader).toContain('setTimeout(watch,3000)')
    // Plain ES5 for old phones: no arrow functions, let/const or template strings.
    expect(loader).not.toMatch(/=>|\blet\b|\bconst\b|`/)
    expect(() => new Function(loader)).not.toThrow()
  })
})

describe('pages the stage has nothing to do with', () => {
  it('changes nothing on a page without Next chunk scripts, or one already rewritten', () => {
    const plain = '<!DOCTYPE html><html><head><script src="/static/read-aloud.js" defer=""></script></head><body>x</body></html>'
    expect(pageWithClientRuntimeAsNeeded(plain)).toBe(plain)
    expect(scriptsLoadedForIslands(plain)).toEqual([])
    for (const main of ['', '<form data-linli-island=""></form>']) {
      const once = pageWithClientRuntimeAsNeeded(nextPage(main))
      expect(pageWithClientRuntimeAsNeeded(once)).toBe(once)
    }
  })
})
