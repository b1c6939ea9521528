import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { CompressedBodies } from '@/lib/http/compressedBodies'

const settle = () => new Promise((r) => setTimeout(r, 200))
/** Compresses (or finds) a body, waits for the best copy, and returns the copy now kept. */
async function kept(bodies: CompressedBodies, key: string, content: string | Buffer, encoding: 'br' | 'gzip' = 'gzip'): Promise<Buffer> {
  bodies.compress(key, content, encoding)
  await settle()
  return bodies.compress(key, content, encoding)
}

describe('compressed copies of whole bodies', () => {
  it('compresses a body once, then answers the kept copy; the best copy replaces the quick one', async () => {
    const bodies = new CompressedBodies(1024 * 1024)
    // Real text with real variety: the best setting only gains over the quick one on such bodies.
    const page = fs.readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8')
    const quick = bodies.compress('/stories br', page, 'br')
    expect(zlib.brotliDecompressSync(quick).toString('utf8')).toBe(page)
    await settle()
    const best = bodies.compress('/stories br', page, 'br')
    expect(best.byteLength).toBeLessThan(quick.byteLength)
    expect(zlib.brotliDecompressSync(best).toString('utf8')).toBe(page)
    expect(bodies.compress('/stories br', page, 'br')).toBe(best)
  })

  it('compresses again when the same key carries a body of another length', async () => {
    const bodies = new CompressedBodies(1024 * 1024)
    await kept(bodies, 'k', 'a'.repeat(2000))
    const changed = bodies.compress('k', 'b'.repeat(2001), 'gzip')
    expect(zlib.gunzipSync(changed).toString('utf8')).toBe('b'.repeat(2001))
  })

  it('stays within its byte budget by dropping the least recently used copy', async () => {
    const random = () => crypto.randomBytes(4096)
    const bodies = new CompressedBodies(10 * 1024)
    const [a, b, c] = [random(), random(), random()]
    const keptA = await kept(bodies, 'a', a)
    const keptB = await kept(bodies, 'b', b)
    expect(bodies.compress('a', a, 'gzip')).toBe(keptA)
    await kept(bodies, 'c', c)
    expect(bodies.size).toBe(2)
    expect(bodies.compress('a', a, 'gzip')).toBe(keptA)
    expect(bodies.compress('b', b, 'gzip')).not.toBe(keptB)
  })
})
