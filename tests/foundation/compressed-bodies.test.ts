import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { CompressedBodies } from '@/lib/http/compressedBodies'
import { compressResponse, preferredEncoding, versionKey } from '@/lib/http/responseCompression'

const settle = () => new Promise((r) => setTimeout(r, 200))
/** Compresses (or finds) a body, waits for the best copy, and returns the copy now kept. */
async function kept(bodies: CompressedBodies, key: string, content: Buffer, encoding: 'br' | 'gzip' = 'gzip'): Promise<Buffer> {
  bodies.compress(key, content, encoding)
  await settle()
  return bodies.compress(key, content, encoding)
}

describe('compressed copies of whole bodies', () => {
  it('compresses a body once, then answers the kept copy; the best copy replaces the quick one', async () => {
    const bodies = new CompressedBodies({ maxBytes: 1024 * 1024 })
    // Real text with real variety: the best setting only gains over the quick one on such bodies.
    const page = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'))
    const quick = bodies.compress('readme br', page, 'br')
    expect(zlib.brotliDecompressSync(quick).equals(page)).toBe(true)
    expect(bodies.compressions).toBe(1)
    await settle()
    const best = bodies.get('readme br')!
    expect(best.byteLength).toBeLessThan(quick.byteLength)
    expect(zlib.brotliDecompressSync(best).equals(page)).toBe(true)
    expect(bodies.compress('readme br', page, 'br')).toBe(best)
    expect(bodies.compressions).toBe(1)
  })

  it('stays within its byte budget by dropping the least recently used copy', async () => {
    const random = () => crypto.randomBytes(4096)
    const bodies = new CompressedBodies({ maxBytes: 10 * 1024 })
    const [a, b, c] = [random(), random(), random()]
    const keptA = await kept(bodies, 'a', a)
    await kept(bodies, 'b', b)
    expect(bodies.get('a')).toBe(keptA)
    await kept(bodies, 'c', c)
    expect(bodies.size).toBe(2)
    expect(bodies.get('a')).toBe(keptA)
    expect(bodies.get('b')).toBeUndefined()
  })

  it('forgets a copy nobody asked for within its lifetime', async () => {
    const bodies = new CompressedBodies({ maxBytes: 1024 * 1024, ttlMs: 100 })
    bodies.compress('old version', crypto.randomBytes(2048), 'gzip')
    await settle()
    expect(bodies.get('old version')).toBeUndefined()
  })

  it('names a version by its ETag, type and encoding, and a weak ETag together with its path', () => {
    const page = { etag: '"abc123"', type: 'text/html; charset=utf-8' }
    expect(versionKey('br', page, '/stories')).toBe(versionKey('br', page, '/stories/page/2'))
    expect(versionKey('br', page, '/stories')).not.toBe(versionKey('gzip', page, '/stories'))
    expect(versionKey('br', page, '/stories')).not.toBe(versionKey('br', { ...page, type: 'text/x-component' }, '/stories'))
    const file = { etag: 'W/"1a2b-18c0"', type: 'application/javascript; charset=UTF-8' }
    expect(versionKey('br', file, '/_next/static/chunks/a.js')).not.toBe(versionKey('br', file, '/_next/static/chunks/b.js'))
    expect(versionKey('br', { etag: '"x"', type: 'image/png' }, '/a.png')).toBeUndefined()
    expect(versionKey('br', { type: 'text/html' }, '/')).toBeUndefined()
  })
})

describe('the compression stage', () => {
  /** A real HTTP server with only the compression stage in front of `handler`. */
  async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {
    const bodies = new CompressedBodies({ maxBytes: 1024 * 1024 })
    const server = http.createServer((req, res) => {
      compressResponse(req, res, { encoding: preferredEncoding(req), bodies })
      handler(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    const get = (path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip' }) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ port, host: '127.0.0.1', path, headers }, (res) => {
            const chunks: Buffer[] = []
            res.on('data', (c: Buffer) => chunks.push(c))
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
          })
          .on('error', reject)
      })
    return { bodies, get, close: () => new Promise((r) => server.close(r)) }
  }
  const text = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8')

  it('takes a body with an ETag whole, however many writes and header flushes it comes in, and compresses it once per version', async () => {
    const site = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.setHeader('etag', '"v1"')
      res.flushHeaders()
      for (let i = 0; i < text.length; i += 2000) res.write(text.slice(i, i + 2000))
      res.end()
    })
    try {
      for (const query of ['', '?a=1', '?b=2']) {
        const res = await site.get(`/page${query}`)
        expect(res.headers['content-encoding']).toBe('gzip')
        expect(Number(res.headers['content-length'])).toBe(res.body.byteLength)
        expect(zlib.gunzipSync(res.body).toString('utf8')).toBe(text)
      }
      expect(site.bodies.compressions).toBe(1)
    } finally {
      await site.close()
    }
  })

  it('streams a body without an ETag through the compression package, keeping nothing', async () => {
    const site = await serve((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.write(text.slice(0, 5000))
      setTimeout(() => res.end(text.slice(5000)), 10)
    })
    try {
      const res = await site.get('/stream')
      expect(res.headers['content-encoding']).toBe('gzip')
      expect(res.headers['transfer-encoding']).toBe('chunked')
      expect(zlib.gunzipSync(res.body).toString('utf8')).toBe(text)
      expect(site.bodies.compressions).toBe(0)
    } finally {
      await site.close()
    }
  })
})
