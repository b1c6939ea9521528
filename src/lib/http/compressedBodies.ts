import zlib from 'node:zlib'

import { LRUCache } from 'lru-cache'

export type Encoding = 'br' | 'gzip'
type Entry = { body: Buffer; best: boolean }

/** Below this a compressed body saves less than it costs (the `compression` package's default too). */
export const COMPRESSION_THRESHOLD = 1024

/**
 * Compressed copies of whole response bodies, keyed by what names one version of a body (see
 * `versionKey` in responseCompression.ts): a cached page is compressed once per version, not once per
 * request. The first request of a version is compressed at the cheap level a streamed response gets;
 * the best compression (brotli 11, gzip 9) is then made off the main thread and replaces it for later
 * visitors. Least recently used copies go first once the byte budget is spent; a copy nobody asked for
 * within `ttlMs` goes too (old versions are never asked for again).
 */
export class CompressedBodies {
  private readonly copies: LRUCache<string, Entry>
  /** How many bodies this store has compressed (quick copies; the best copy of each comes on top). */
  compressions = 0

  constructor({ maxBytes, ttlMs = 60 * 60 * 1000 }: { maxBytes: number; ttlMs?: number }) {
    this.copies = new LRUCache<string, Entry>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (entry) => Math.max(1, entry.body.byteLength),
      ttl: ttlMs,
      updateAgeOnGet: true,
    })
  }

  get size(): number {
    return this.copies.size
  }

  get(key: string): Buffer | undefined {
    return this.copies.get(key)?.body
  }

  /** The kept copy of `raw` under `key`, compressing it now if there is none. */
  compress(key: string, raw: Buffer, encoding: Encoding): Buffer {
    const kept = this.get(key)
    if (kept) return kept
    this.compressions++
    const quick = encoding === 'br' ? zlib.brotliCompressSync(raw, quality(4, raw)) : zlib.gzipSync(raw)
    this.copies.set(key, { body: quick, best: false })
    const best = (error: Error | null, body: Buffer) => {
      const current = this.copies.peek(key)
      if (!error && current && !current.best && body.byteLength < current.body.byteLength) this.copies.set(key, { body, best: true })
    }
    if (encoding === 'br') zlib.brotliCompress(raw, quality(11, raw), best)
    else zlib.gzip(raw, { level: 9 }, best)
    return quick
  }
}

const quality = (level: number, raw: Buffer): zlib.BrotliOptions => ({
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: level, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength },
})
