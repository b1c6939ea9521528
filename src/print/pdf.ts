import fs from 'node:fs'
import path from 'node:path'

import PDFDocument from 'pdfkit'

import { qrModules } from './qr'

export type PdfDoc = PDFKit.PDFDocument

/**
 * Noto Sans SC from `@expo-google-fonts/noto-sans-sc` (SIL Open Font License 1.1, see its LICENSE_FONT):
 * whole TrueType files (~10 MB each), which pdfkit subsets to the glyphs a document uses, so a poster
 * stays a few tens of kilobytes. Read once per process; fontkit parses the buffer per document.
 */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc'
const FONT_FILES = { regular: '400Regular/NotoSansSC_400Regular.ttf', bold: '700Bold/NotoSansSC_700Bold.ttf' } as const
export type FontWeight = keyof typeof FONT_FILES
/** Font names registered in every document. */
export const FONT: Record<FontWeight, string> = { regular: 'cjk', bold: 'cjk-bold' }

const fontCache = new Map<FontWeight, Buffer>()
function fontDirectory(): string {
  // Resolved from the working directory, not import.meta: the server bundle moves this module.
  const candidates = [path.join(process.cwd(), 'node_modules', FONT_PACKAGE)]
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, FONT_FILES.regular)))
  if (!found) throw new Error(`The Chinese font package ${FONT_PACKAGE} is not installed (npm ci)`)
  return found
}
export function fontBuffer(weight: FontWeight): Buffer {
  let buffer = fontCache.get(weight)
  if (!buffer) {
    buffer = fs.readFileSync(path.join(fontDirectory(), FONT_FILES[weight]))
    fontCache.set(weight, buffer)
  }
  return buffer
}

export const MM = 72 / 25.4
export const A4 = { width: 595.28, height: 841.89 } as const

export type RenderOptions = {
  title: string
  author?: string
  subject?: string
  /** Page margins in points (default 15 mm). */
  margin?: number
  layout?: 'portrait' | 'landscape'
}

/**
 * Renders one A4 PDF: `draw` receives a pdfkit document with the Chinese font already set
 * (FONT.regular, FONT.bold), adds pages as it needs, and the finished file comes back as a Buffer.
 * Used by posters, sign-in sheets and volunteer certificates.
 */
export async function renderPdf(options: RenderOptions, draw: (doc: PdfDoc) => void | Promise<void>): Promise<Buffer> {
  const margin = options.margin ?? 15 * MM
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin,
    // Timestamps stay out of the file, so the same document renders to the same bytes.
    info: { Title: options.title, Author: options.author ?? 'Linli', Subject: options.subject ?? '', CreationDate: new Date(0), ModDate: new Date(0) },
    lang: 'zh-CN',
    displayTitle: true,
    pdfVersion: '1.7',
    compress: true,
  })
  doc.registerFont(FONT.regular, fontBuffer('regular'))
  doc.registerFont(FONT.bold, fontBuffer('bold'))
  doc.font(FONT.regular)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  try {
    await draw(doc)
  } finally {
    doc.end()
  }
  return done
}

/**
 * Draws a QR code of `text` as filled squares (vector, sharp at any print size) with its quiet zone
 * of `margin` modules inside `size` points, top-left at (x, y).
 */
export function drawQr(doc: PdfDoc, text: string, { x, y, size, margin = 4, color = '#000000' }: { x: number; y: number; size: number; margin?: number; color?: string }): void {
  const qr = qrModules(text, { errorCorrection: 'M' })
  const total = qr.size + margin * 2
  const cell = size / total
  doc.save()
  doc.rect(x, y, size, size).fill('#ffffff')
  doc.fillColor(color)
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      // Slightly larger squares overlap by a hair, so viewers draw no seams between neighbours.
      if (qr.isDark(row, col)) doc.rect(x + (col + margin) * cell, y + (row + margin) * cell, cell + 0.05, cell + 0.05)
    }
  }
  doc.fill(color)
  doc.restore()
}

export type FitOptions = {
  x: number
  y: number
  width: number
  /** The height the text must fit in. */
  height: number
  maxSize: number
  minSize?: number
  font?: string
  align?: 'left' | 'center' | 'right'
  lineGap?: number
  color?: string
}

/**
 * Writes `text` in the largest size from maxSize down to minSize at which it fits the box; at the
 * smallest size it is cut with an ellipsis rather than running over what follows.
 * Returns the height used.
 */
export function fitText(doc: PdfDoc, text: string, o: FitOptions): number {
  const font = o.font ?? FONT.regular
  const minSize = o.minSize ?? Math.min(9, o.maxSize)
  doc.font(font)
  let size = o.maxSize
  const measure = (s: number, t: string) => {
    doc.fontSize(s)
    return doc.heightOfString(t, { width: o.width, lineGap: o.lineGap ?? s * 0.25 })
  }
  while (size > minSize && measure(size, text) > o.height) size -= 1
  let shown = text
  if (measure(size, shown) > o.height) {
    const chars = Array.from(text)
    let lo = 0
    let hi = chars.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (measure(size, `${chars.slice(0, mid).join('')}…`) <= o.height) lo = mid
      else hi = mid - 1
    }
    shown = `${chars.slice(0, lo).join('')}…`
  }
  doc.fontSize(size).fillColor(o.color ?? '#000000')
  const used = measure(size, shown)
  doc.text(shown, o.x, o.y, { width: o.width, align: o.align ?? 'left', lineGap: o.lineGap ?? size * 0.25, height: o.height + size, ellipsis: false })
  return used
}

/** A staff document to open in the browser: never cached, since it holds names and phone numbers. */
export function privatePdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${filename}"`, 'cache-control': 'private, no-store' },
  })
}
