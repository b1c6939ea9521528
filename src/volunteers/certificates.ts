import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { activityKinds } from '@/collections/Activities/kinds'
import { siteUrl } from '@/lib/content/paths'
import { A4, drawQr, FONT, MM, renderPdf } from '@/print/pdf'
import { chinaDate } from './workingDays'

export type KindLine = { kind: string; label: string; count: number; hours: number }
export type CertificateSnapshot = {
  name: string
  totalHours: number
  byKind: KindLine[]
  teamName: string
  recordingUnit: string
}

/** LL-2026-7K3F9Q: year of issue and six characters that cannot be guessed in sequence. */
export function newCertificateNumber(now = new Date()): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
  const bytes = crypto.randomBytes(6)
  return `LL-${chinaDate(now).slice(0, 4)}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`
}

export const verifyUrl = (number: string) => `${siteUrl()}/verify/${encodeURIComponent(number)}`

const round = (n: number) => Math.round(n * 100) / 100

/** Totals of a volunteer's valid records in [from, to] (China dates, inclusive), by kind of activity. */
export async function serviceTotals(payload: Payload, volunteer: number, from: string, to: string, req?: PayloadRequest): Promise<{ totalHours: number; byKind: KindLine[] }> {
  const { docs } = await payload.find({
    collection: 'service-records',
    where: {
      and: [
        { volunteer: { equals: volunteer } },
        { voided: { not_equals: true } },
        { date: { greater_than_equal: new Date(`${from}T00:00:00+08:00`).toISOString() } },
        { date: { less_than: new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 864e5).toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { hours: true, kind: true },
    overrideAccess: true,
    req,
  })
  const lines = new Map<string, KindLine>()
  for (const r of docs) {
    const kind = r.kind ?? 'other'
    const line = lines.get(kind) ?? { kind, label: activityKinds.find((k) => k.value === kind)?.label.zh ?? '其他', count: 0, hours: 0 }
    line.count++
    line.hours = round(line.hours + Number(r.hours ?? 0))
    lines.set(kind, line)
  }
  const byKind = [...lines.values()].sort((a, b) => b.hours - a.hours)
  return { totalHours: round(byKind.reduce((sum, l) => sum + l.hours, 0)), byKind }
}

export type CertificateForPrint = CertificateSnapshot & { number: string; periodFrom: string; periodTo: string; issuedAt: string; revokedAt?: string | null }

const cnDate = (date: string) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** The A4 志愿服务证明 (Art. 14–16 of 民政部令第67号): who, when, how many hours, what service, who records, number, date, QR. */
export async function certificatePdf(c: CertificateForPrint): Promise<Buffer> {
  return renderPdf({ title: `志愿服务证明 ${c.number}`, subject: '志愿服务证明' }, (doc) => {
    const left = 25 * MM
    const width = A4.width - 50 * MM
    doc.font(FONT.bold).fontSize(28).text('志愿服务证明', left, 35 * MM, { width, align: 'center' })
    doc.font(FONT.regular).fontSize(11).text(`证明编号：${c.number}`, left, 52 * MM, { width, align: 'center' })
    const from = cnDate(c.periodFrom)
    const to = cnDate(c.periodTo)
    doc.fontSize(15).text(
      `兹证明 ${c.name} 同志于 ${from} 至 ${to} 期间，在${c.teamName}参加志愿服务，经记录的志愿服务时间累计 ${c.totalHours} 小时。`,
      left,
      72 * MM,
      { width, lineGap: 8 },
    )
    let y = doc.y + 8 * MM
    doc.font(FONT.bold).fontSize(13).text('服务内容', left, y, { width })
    y = doc.y + 2 * MM
    doc.font(FONT.regular).fontSize(12)
    for (const line of c.byKind.length ? c.byKind : [{ label: '（无记录）', count: 0, hours: 0, kind: 'none' }]) {
      doc.text(`${line.label}：${line.count} 次，${line.hours} 小时`, left + 6 * MM, y, { width: width - 6 * MM })
      y = doc.y + 1.5 * MM
    }
    y += 8 * MM
    doc.fontSize(12)
    doc.text(`志愿服务组织：${c.teamName}`, left, y, { width })
    doc.text(`志愿服务记录单位：${c.recordingUnit || c.teamName}`, left, doc.y + 2 * MM, { width })
    doc.text(`出具日期：${cnDate(c.issuedAt)}`, left, doc.y + 2 * MM, { width })
    const qrSize = 32 * MM
    const qrY = A4.height - 30 * MM - qrSize
    drawQr(doc, verifyUrl(c.number), { x: A4.width - 25 * MM - qrSize, y: qrY, size: qrSize })
    doc.fontSize(9).fillColor('#333333').text('扫码核验证明真伪', A4.width - 25 * MM - qrSize, qrY + qrSize + 1 * MM, { width: qrSize, align: 'center' })
    doc.fontSize(9).text(`核验网址：${verifyUrl(c.number)}`, left, qrY + qrSize - 12, { width: width - qrSize - 5 * MM })
    doc.fontSize(9).text('依据《志愿服务记录与证明出具办法》（民政部令第67号）出具。', left, qrY + qrSize + 1 * MM, { width: width - qrSize - 5 * MM })
  })
}
