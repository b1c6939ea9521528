import { LRUCache } from 'lru-cache'
import type { Payload, PayloadRequest } from 'payload'

import { activityKinds } from '@/collections/Activities/kinds'
import { formatDate, formatDateTimeRange } from '@/lib/content/dates'
import { documentPath, type Locale, siteUrl } from '@/lib/content/paths'
import type { Activity, RecruitmentCall, SiteSetting } from '@/payload-types'
import { A4, drawQr, fitText, FONT, MM, renderPdf } from './pdf'

/** What a noticeboard poster says; everything comes from the document and the site settings. */
export type PosterContent = {
  /** The small line above the title: the kind of activity, or 志愿者招募. */
  kicker: string
  title: string
  lines: { label: string; value: string }[]
  summary: string
  team: string
  phone: string
  url: string
  qrCaption: string
  locale: Locale
}

const ACCENT = '#b3261e'
const INK = '#1d1b1a'
const MUTED = '#57534e'

/** An A4 poster: kicker, a large title, when and where, a short summary, a large QR code, the team. */
export function posterPdf(p: PosterContent): Promise<Buffer> {
  return renderPdf({ title: p.title, subject: p.kicker, author: p.team || 'Linli', margin: 18 * MM }, (doc) => {
    const left = 18 * MM
    const width = A4.width - 2 * left
    let y = 18 * MM
    doc.rect(0, 0, A4.width, 8 * MM).fill(ACCENT)
    y += 4 * MM
    fitText(doc, p.kicker, { x: left, y, width, height: 24, maxSize: 16, font: FONT.bold, color: ACCENT })
    y += 30
    y += fitText(doc, p.title, { x: left, y, width, height: 130, maxSize: 40, minSize: 22, font: FONT.bold, color: INK, lineGap: 6 }) + 18
    for (const line of p.lines) {
      if (!line.value) continue
      doc.font(FONT.bold).fontSize(18).fillColor(MUTED).text(line.label, left, y, { width: 70, lineBreak: false })
      y += fitText(doc, line.value, { x: left + 72, y, width: width - 72, height: 50, maxSize: 18, minSize: 12, color: INK }) + 10
    }
    y += 6
    const qrSize = 62 * MM
    const footerTop = A4.height - 30 * MM
    const qrTop = footerTop - qrSize - 16 * MM
    if (p.summary) fitText(doc, p.summary, { x: left, y, width, height: Math.max(0, qrTop - y - 14), maxSize: 15, minSize: 10, color: INK, lineGap: 5 })
    const qrLeft = (A4.width - qrSize) / 2
    drawQr(doc, p.url, { x: qrLeft, y: qrTop, size: qrSize })
    doc.font(FONT.bold).fontSize(16).fillColor(INK).text(p.qrCaption, left, qrTop + qrSize + 6, { width, align: 'center' })
    doc.moveTo(left, footerTop).lineTo(A4.width - left, footerTop).lineWidth(0.8).strokeColor(MUTED).stroke()
    const contact = [p.team, p.phone ? `${p.locale === 'zh' ? '电话' : 'Phone'} ${p.phone}` : ''].filter(Boolean).join('    ')
    fitText(doc, contact, { x: left, y: footerTop + 10, width, height: 26, maxSize: 16, minSize: 10, font: FONT.bold, color: INK, align: 'center' })
    fitText(doc, p.url, { x: left, y: footerTop + 38, width, height: 16, maxSize: 10, minSize: 7, color: MUTED, align: 'center' })
  })
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

export function activityPosterContent(a: Activity, s: SiteSetting, locale: Locale, signUp = false): PosterContent {
  const zh = locale === 'zh'
  const kind = activityKinds.find((k) => k.value === a.kind)?.label[locale] ?? ''
  return {
    kicker: [text(s.teamName), kind].filter(Boolean).join(' · '),
    title: text(a.title),
    lines: [
      { label: zh ? '时间' : 'When', value: formatDateTimeRange(a.startsAt, a.endsAt, locale) },
      { label: zh ? '地点' : 'Where', value: text(a.place) || text(s.address) },
      { label: zh ? '对象' : 'For', value: text(a.audience) },
    ],
    summary: text(a.summary),
    team: text(s.teamName),
    phone: text(a.contact) || text(s.contactPhone),
    url: `${siteUrl()}${documentPath('activities', a.slug ?? '', locale)}`,
    qrCaption: signUp ? (zh ? '扫码报名' : 'Scan to sign up') : zh ? '扫码查看详情' : 'Scan for details',
    locale,
  }
}

export function callPosterContent(c: RecruitmentCall, s: SiteSetting, locale: Locale): PosterContent {
  const zh = locale === 'zh'
  const period = `${formatDate(c.opensAt, locale)} – ${formatDate(c.closesAt, locale)}`
  return {
    kicker: [text(s.teamName), zh ? '志愿者招募' : 'Volunteers wanted'].filter(Boolean).join(' · '),
    title: text(c.title),
    lines: [
      { label: zh ? '岗位' : 'Role', value: text(c.role) },
      { label: zh ? '报名' : 'Apply', value: period },
      { label: zh ? '投入' : 'Time', value: text(c.timeCommitment) },
      { label: zh ? '人数' : 'People', value: c.peopleWanted ? (zh ? `${c.peopleWanted} 人` : String(c.peopleWanted)) : '' },
    ],
    summary: text(c.summary),
    team: text(s.teamName),
    phone: text(c.contact) || text(s.contactPhone),
    url: `${siteUrl()}${documentPath('recruitment-calls', c.slug ?? '', locale)}`,
    qrCaption: zh ? '扫码报名当志愿者' : 'Scan to apply',
    locale,
  }
}

export type PosterCollection = 'activities' | 'recruitment-calls'

/**
 * Posters are cached by what they show: the document's and the settings' `updatedAt`, the language
 * and the site address. Any edit changes the key, so a stale poster is never served; the LRU bounds memory.
 */
const posterCache = new LRUCache<string, Buffer>({ maxSize: 32 * 1024 * 1024, sizeCalculation: (b) => b.byteLength || 1 })
let renders = 0
export const posterRenderCount = () => renders

export async function posterFor(
  payload: Payload,
  collection: PosterCollection,
  id: string | number,
  locale: Locale,
  req?: Partial<PayloadRequest>,
): Promise<{ pdf: Buffer; etag: string; filename: string } | null> {
  const access = req?.user ? { overrideAccess: false, user: req.user } : { overrideAccess: true }
  const doc = await payload
    .findByID({ collection, id, locale, fallbackLocale: 'zh', depth: 0, draft: Boolean(req?.user), disableErrors: true, ...access })
    .catch(() => null)
  if (!doc) return null
  const settings = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'zh', depth: 0 })
  const signUp = collection === 'activities' && Boolean((doc as unknown as { signup?: { enabled?: boolean } }).signup?.enabled)
  const key = [collection, id, doc.updatedAt, settings.updatedAt, locale, siteUrl(), signUp].join('|')
  const etag = `"poster-${Buffer.from(key).toString('base64url')}"`
  const slug = doc.slug ?? String(id)
  const filename = `${collection === 'activities' ? 'activity' : 'call'}-${slug}.pdf`
  const cached = posterCache.get(key)
  if (cached) return { pdf: cached, etag, filename }
  const content = collection === 'activities' ? activityPosterContent(doc as Activity, settings, locale, signUp) : callPosterContent(doc as RecruitmentCall, settings, locale)
  const pdf = await posterPdf(content)
  renders++
  posterCache.set(key, pdf)
  return { pdf, etag, filename }
}
