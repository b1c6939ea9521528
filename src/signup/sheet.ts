import { formatDateTimeRange } from '@/lib/content/dates'
import { A4, FONT, fitText, MM, renderPdf } from '@/print/pdf'
import type { Activity, Signup } from '@/payload-types'
import { phoneEnding } from './staff'

const needsOf = (s: Signup) => [s.pickup ? '接送' : '', s.mobility === 'wheelchair' ? '轮椅' : s.mobility === 'limited' ? '行动不便' : '', s.diet ? `忌口：${s.diet}` : ''].filter(Boolean).join('；')

/** 签到表: one A4 sheet (more pages when needed) with name, party, the phone's last four digits, needs and a tick column. */
export function signInSheetPdf(activity: Activity, people: Signup[], team: string): Promise<Buffer> {
  return renderPdf({ title: `签到表 ${activity.title}`, author: team || 'Linli' }, (doc) => {
    const left = 15 * MM
    const width = A4.width - 2 * left
    const cols = [
      { label: '序号', w: 28 },
      { label: '姓名', w: 110 },
      { label: '人数', w: 36 },
      { label: '手机尾号', w: 58 },
      { label: '需要', w: width - 28 - 110 - 36 - 58 - 70 },
      { label: '签到 ✓', w: 70 },
    ]
    const rowH = 28
    let y = 15 * MM
    const header = () => {
      fitText(doc, `签到表 · ${activity.title}`, { x: left, y, width, height: 26, maxSize: 18, font: FONT.bold })
      y += 26
      fitText(doc, `${formatDateTimeRange(activity.startsAt, activity.endsAt, 'zh')}    ${activity.place ?? ''}    共 ${people.reduce((n, p) => n + p.partySize, 0)} 人`, { x: left, y, width, height: 18, maxSize: 11 })
      y += 24
      let x = left
      doc.font(FONT.bold).fontSize(10)
      for (const c of cols) {
        doc.rect(x, y, c.w, rowH).stroke()
        doc.text(c.label, x + 4, y + 8, { width: c.w - 8, lineBreak: false })
        x += c.w
      }
      y += rowH
    }
    header()
    people.forEach((p, i) => {
      if (y + rowH > A4.height - 15 * MM) {
        doc.addPage()
        y = 15 * MM
        header()
      }
      const cells = [String(i + 1), p.name, String(p.partySize), phoneEnding(p.phone), needsOf(p), '']
      let x = left
      cols.forEach((c, j) => {
        doc.rect(x, y, c.w, rowH).stroke()
        if (cells[j]) fitText(doc, cells[j], { x: x + 4, y: y + 7, width: c.w - 8, height: rowH - 8, maxSize: 11, minSize: 7 })
        x += c.w
      })
      y += rowH
    })
  })
}
