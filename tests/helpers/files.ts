/** A small but well-formed one-page PDF (header, objects, xref table, trailer). */
export function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xrefAt = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

/** A media upload's `file` for the Local API (JPEG, or PNG by its name). */
export function uploadOf(data: Buffer, name: string): { data: Buffer; mimetype: string; name: string; size: number } {
  return { data, mimetype: name.endsWith('.png') ? 'image/png' : 'image/jpeg', name, size: data.length }
}

/** The files a media document stands for: the original and every size that was made. */
export function mediaFiles(doc: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | undefined> | null }): string[] {
  return [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => Boolean(name))
}
