/**
 * CSV that Excel and WPS open correctly with Chinese text: UTF-8 with a byte-order mark, CRLF line
 * ends, every cell quoted. Cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR)
 * are prefixed with an apostrophe (OWASP “CSV injection”).
 */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export function toCsv(rows: readonly (readonly unknown[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** A CSV download for staff: never cached; the file name in ASCII and, for browsers that read it, in Chinese. */
export function csvResponse(csv: string, name: string, zhName: string): Response {
  const date = new Date().toISOString().slice(0, 10)
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-${date}.csv"; filename*=UTF-8''${encodeURIComponent(`${zhName}-${date}.csv`)}`,
      'cache-control': 'private, no-store',
    },
  })
}
