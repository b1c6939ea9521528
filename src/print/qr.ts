import QRCode from 'qrcode'

export type QrOptions = { /** Quiet zone in modules (the standard asks for 4). */ margin?: number; errorCorrection?: 'L' | 'M' | 'Q' | 'H' }

/**
 * The one place QR codes are made (posters, sign-up tickets, certificates, two-factor enrolment):
 * an SVG drawn on the server, crisp at any print size and a few kilobytes in a page.
 */
export function qrSvg(text: string, { margin = 4, errorCorrection = 'M' }: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin, errorCorrectionLevel: errorCorrection })
}

/** The same code as a boolean module matrix, for drawing into a PDF. */
export function qrModules(text: string, { errorCorrection = 'M' }: Pick<QrOptions, 'errorCorrection'> = {}): { size: number; isDark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: errorCorrection })
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) }
}
