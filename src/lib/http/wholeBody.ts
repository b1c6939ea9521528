import type http from 'node:http'

export type Chunk = string | Buffer | Uint8Array
type Write = (chunk: Chunk, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void) => boolean
type End = (chunk?: Chunk | (() => void), encoding?: BufferEncoding | (() => void), callback?: () => void) => http.ServerResponse

const toBuffer = (chunk: Chunk, encoding?: unknown) =>
  typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk)

/**
 * Holds a response's body back, however many writes it comes in, when `hold` says so (asked once, at the
 * first write, end or `holding()` call, when the headers Next set are known), and hands the whole of it
 * to `send` at the end, with `end` to send what it decides on. A body not held goes through untouched.
 * The stages of the request layer that need a whole body (compression, the client runtime) are built on
 * it; each installs its own, the later one seeing what Next writes first.
 */
export function holdWholeBody(
  res: http.ServerResponse,
  hold: () => boolean,
  send: (this: http.ServerResponse, body: Buffer, end: (body?: Buffer) => http.ServerResponse) => http.ServerResponse,
): { holding: () => boolean } {
  const write = res.write as Write
  const end = res.end as End
  let chunks: Buffer[] | undefined
  let decided = false
  const holding = () => {
    if (!decided) {
      decided = true
      if (hold()) chunks = []
    }
    return chunks !== undefined
  }

  res.write = function (this: http.ServerResponse, chunk: Chunk, enc?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void) {
    if (!holding()) return write.call(this, chunk, enc, callback)
    chunks!.push(toBuffer(chunk, enc))
    const done = typeof enc === 'function' ? enc : callback
    if (done) process.nextTick(done)
    return true
  } as typeof res.write

  res.end = function (this: http.ServerResponse, chunk?: Chunk | (() => void), enc?: BufferEncoding | (() => void), callback?: () => void) {
    if (!holding()) return end.call(this, chunk, enc, callback)
    const done = [chunk, enc, callback].find((a) => typeof a === 'function') as (() => void) | undefined
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks!.push(toBuffer(chunk, enc))
    return send.call(this, Buffer.concat(chunks!), (body) => (body?.byteLength ? end.call(this, body, done) : end.call(this, done)))
  } as typeof res.end

  return { holding }
}
