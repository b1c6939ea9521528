import { describe, expect, it } from 'vitest'

import { moveScriptsAfterFirstPaint, scriptsLoadedAfterFirstPaint } from '@/lib/http/scriptsAfterFirstPaint'

/** The shape Next.js 16 gives an app-router page: a preloaded bootstrap chunk, async chunks in the head, the bootstrap again at the end. */
const nextPage = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/turbopack-b.js" async=""></script>',
  '<title>老顽童之家</title><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main><h1>冬至家宴</h1><p>写着 &lt;/body&gt; 的一段话</p></main>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script></body></html>',
].join('')

describe('a site page loads its scripts after its first paint', () => {
  const moved = moveScriptsAfterFirstPaint(nextPage)

  it('takes every chunk script and its preload out of the page, and lists each once, in order, in one loader before </body>', () => {
    expect(moved).not.toMatch(/<script src="\/_next\/static\/chunks\/[^"]+" async="">/)
    expect(moved).not.toContain('rel="preload" as="script"')
    expect(scriptsLoadedAfterFirstPaint(moved)).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/a.js', '/_next/static/chunks/turbopack-b.js'])
    expect(moved.indexOf('<script data-linli-scripts>')).toBeGreaterThan(moved.indexOf('self.__next_f'))
    expect(moved.endsWith('})()</script></body></html>')).toBe(true)
  })

  it('leaves the rest of the page as it was: stylesheet, text, inline payload and the legacy-browser polyfills', () => {
    for (const kept of ['<link rel="stylesheet"', '写着 &lt;/body&gt; 的一段话', 'self.__next_f', '<script src="/_next/static/chunks/polyfills.js" noModule="">']) expect(moved).toContain(kept)
    const withoutLoader = moved.replace(/<script data-linli-scripts>[\s\S]*?<\/script>/, '')
    const withoutScripts = nextPage.replace(/<link rel="preload" as="script"[^>]*>|<script src="[^"]+" async=""><\/script>/g, '')
    expect(withoutLoader).toBe(withoutScripts)
  })

  it('loads on the first contentful paint, at once in a hidden tab, and after 3 s at the latest', () => {
    const loader = /<script data-linli-scripts>([\s\S]*?)<\/script>/.exec(moved)![1]!
    expect(loader).toContain("getEntriesByName('first-contentful-paint')")
    expect(loader).toContain("document.visibilityState==='hidden'")
    expect(loader).toContain('setTimeout(go,3000)')
    // Plain ES5 for old phones: no arrow functions, let/const or template strings.
    expect(loader).not.toMatch(/=>|\blet\b|\bconst\b|`/)
    expect(() => new Function(loader)).not.toThrow()
  })

  it('changes nothing on a page without Next chunk scripts, or one already rewritten', () => {
    const plain = '<!DOCTYPE html><html><head><script src="/static/read-aloud.js" defer=""></script></head><body>x</body></html>'
    expect(moveScriptsAfterFirstPaint(plain)).toBe(plain)
    expect(scriptsLoadedAfterFirstPaint(plain)).toEqual([])
    expect(moveScriptsAfterFirstPaint(moved)).toBe(moved)
  })
})
