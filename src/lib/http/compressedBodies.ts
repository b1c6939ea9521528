import zlib from 'node:zlib'

export type Encoding = 'br' | 'gzip'
type Entry = { body: Buffer; length: string; best: boolean }

/**
 * Compressed copies of whole response bodies, keyed by what identifies the body (URL, type, ETag,
 * encoding): a cached page is compressed once per version instead of once per request. The first
 * request of a version is compressed at the same cheap level as a streamed response; the best
 * compression (brotli 11, gzip 9) is then made off the main thread and replaces it for later visitors.
 * Least recently used bodies go first once the byte budget is spent.
 */
export class CompressedBodies {
  private readonly entries = new Map<string, Entry>()
  private bytes = 0

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size
  }

  /**
   * `content` is the body as the server sent it: a string is looked up by its length before it is
   * encoded, since turning a page into bytes on every request cost as much as the lookup saved.
   */
  compress(key: string, content: string | Buffer, encoding: Encoding): Buffer {
    const length = typeof content === 'string' ? `${content.length} chars` : `${content.byteLength} bytes`
    const entry = this.entries.get(key)
    if (entry && entry.length === length) {
      this.entries.delete(key)
      this.entries.set(key, entry)
      return entry.body
    }
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const quick = encoding === 'br' ? zlib.brotliCompressSync(raw, quality(4, raw)) : zlib.gzipSync(raw)
    this.store(key, { body: quick, length, best: false })
    const best = (error: Error | null, body: Buffer) => {
      const current = this.entries.get(key)
      if (!error && current && !current.best && current.length === length && body.byteLength < current.body.byteLength) {
        this.store(key, { body, length, best: true })
      }
    }
    if (encoding === 'br') zlib.brotliCompress(raw, quality(11, raw), best)
    else zlib.gzip(raw, { level: 9 }, best)
    return quick
  }

  private store(key: string, entry: Entry): void {
    const previous = this.entries.get(key)
    if (previous) {
      this.bytes -= previous.body.byteLength
      this.entries.delete(key)
    }
    if (entry.body.byteLength > this.maxBytes) return
    this.entries.set(key, entry)
    this.bytes += entry.body.byteLength
    for (const [oldest, { body }] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= body.byteLength
    }
  }
}

const quality = (level: number, raw: Buffer): zlib.BrotliOptions => ({
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: level, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength },
})
