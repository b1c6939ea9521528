import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import jsQR from 'jsqr'
import { PDFParse } from 'pdf-parse'
import sharp from 'sharp'

import { ensurePdftoppm } from '../../scripts/lib/poppler'

/** The text pdf.js reads out of a PDF (what a screen reader or a search would get). */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    const result = await parser.getText()
    return { text: result.text, pages: result.total }
  } finally {
    await parser.destroy()
  }
}

/** Page `page` (1-based) rasterised by poppler's pdftoppm, as PNG bytes. */
export function renderPage(pdf: Buffer, page = 1, dpi = 100): Buffer {
  const bin = ensurePdftoppm()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-pdf-'))
  try {
    const input = path.join(dir, 'in.pdf')
    fs.writeFileSync(input, pdf)
    execFileSync(bin, ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', input, path.join(dir, 'page')])
    return fs.readFileSync(path.join(dir, 'page.png'))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** Decodes the QR code found in a picture (jsQR on its RGBA pixels), or null. */
export async function decodeQr(png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const found = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)
  return found?.data ?? null
}
