import sharp from 'sharp'

import { adminToken } from './freshness'
import type { BenchOutcome } from './lib/results'
import type { Stack } from './lib/stack'

const WIDTH = 4000
const HEIGHT = 3000
const ROUNDS = 3

/** A 12-megapixel camera-like JPEG: noise over a gradient compresses like a photo, not like a flat test card. */
async function photo(): Promise<Buffer> {
  const noise = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .png()
    .toBuffer()
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g"><stop offset="0" stop-color="#c84"/><stop offset="1" stop-color="#48c"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  )
  return sharp(gradient).composite([{ input: noise, blend: 'overlay' }]).jpeg({ quality: 90 }).toBuffer()
}

/** Upload of a 12 MP JPEG through the REST API (as the admin does) into every image size, timed end to end. */
export async function benchMedia(stack: Stack): Promise<BenchOutcome> {
  const site = stack.server.url
  const auth = await adminToken(site)
  const jpeg = await photo()
  const timings: number[] = []
  let sizes: Record<string, { width?: number; height?: number; filesize?: number }> = {}
  for (let i = 0; i < ROUNDS; i++) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `bench-photo-${i}.jpg`)
    form.append('_payload', JSON.stringify({ alt: '基准测试照片' }))
    const started = performance.now()
    const res = await fetch(`${site}/api/media`, { method: 'POST', headers: { authorization: auth }, body: form })
    const body = (await res.json()) as { doc?: { sizes?: typeof sizes; width?: number; height?: number }; errors?: unknown }
    timings.push(Math.round(performance.now() - started))
    if (!res.ok || !body.doc) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`)
    sizes = { original: { width: body.doc.width, height: body.doc.height }, ...body.doc.sizes }
  }
  const sorted = [...timings].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  return {
    data: { input: { width: WIDTH, height: HEIGHT, bytes: jpeg.byteLength }, uploadMs: timings, medianMs: median, sizes },
    summary: [
      `12 MP JPEG (${(jpeg.byteLength / 1048576).toFixed(1)} MiB) uploaded and processed into ${Object.keys(sizes).length - 1} sizes + a re-encoded original: median ${median} ms (runs: ${timings.join(', ')} ms).`,
    ],
  }
}
