import http from 'node:http'

import { scriptsLoadedForIslands } from '../../src/lib/http/clientRuntime'

/** Bytes on the wire for a GET with `Accept-Encoding: gzip` (what a browser downloads), and the encoding used. */
export function transferBytes(url: string): Promise<{ bytes: number; encoding: string; status: number }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let bytes = 0
      res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength))
      res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity'), status: res.statusCode ?? 0 }))
      res.on('error', reject)
    })
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)))
    req.on('error', reject)
  })
}

/** The external scripts a page loads: its <script src> tags (every chunk, on an app-router page) and those the site's pages load after their first paint. */
export function scriptUrls(pageUrl: string, html: string): string[] {
  const urls = new Set<string>()
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.add(new URL(match[1]!.replace(/&amp;/g, '&'), pageUrl).toString())
  for (const src of scriptsLoadedForIslands(html)) urls.add(new URL(src, pageUrl).toString())
  return [...urls]
}

/** Gzip bytes of all external JS of a page. */
export async function pageScriptBytes(pageUrl: string): Promise<{ bytes: number; files: number }> {
  const html = await (await fetch(pageUrl)).text()
  const urls = scriptUrls(pageUrl, html)
  let bytes = 0
  for (const url of urls) {
    const t = await transferBytes(url)
    if (t.status !== 200) throw new Error(`${url} answered ${t.status}`)
    bytes += t.bytes
  }
  return { bytes, files: urls.length }
}
