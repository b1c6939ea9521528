import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { documentPath, siteUrl } from '@/lib/content/paths'
import { fitText, renderPdf } from '@/print/pdf'
import { posterFor, posterRenderCount } from '@/print/poster'
import { decodeQr, pdfText, renderPage } from '../helpers/pdf'
import { getTestPayload } from '../helpers/payload'

const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
/** pdf.js may put spaces between CJK glyph runs; compare text without whitespace. */
const squash = (s: string) => s.replace(/\s+/g, '')

describe('print: A4 posters', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'zh',
      data: { teamName: '老顽童之家志愿服务队', contactPhone: '028-87654321', address: '伏龙社区老顽童之家' },
    })
  })

  it('an activity poster says what, when, where, who to call, and its QR code opens the activity page', async () => {
    const slug = unique('poster-dongzhi')
    const activity = await payload.create({
      collection: 'activities',
      locale: 'zh',
      data: {
        title: '冬至家宴：一起包饺子',
        slug,
        kind: 'festival',
        festival: 'dongzhi',
        startsAt: '2026-12-22T03:00:00.000Z',
        endsAt: '2026-12-22T06:30:00.000Z',
        place: '伏龙社区活动室',
        summary: '冬至那天，邻居们一起包饺子、吃团圆饭。独居老人优先，志愿者负责接送。',
        contact: '13800001234',
        _status: 'published',
      },
    })
    const poster = await posterFor(payload, 'activities', activity.id, 'zh')
    expect(poster).not.toBeNull()
    const { pdf } = poster!
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // Subset font: the whole Noto Sans SC is ~10 MB; a poster must stay small enough to send in a chat.
    expect(pdf.byteLength).toBeLessThan(300_000)
    const { text, pages } = await pdfText(pdf)
    expect(pages).toBe(1)
    const flat = squash(text)
    for (const expected of ['冬至家宴：一起包饺子', '2026年12月22日周二11:00–14:30', '伏龙社区活动室', '独居老人优先', '老顽童之家志愿服务队', '13800001234']) {
      expect(flat).toContain(squash(expected))
    }
    const url = `${siteUrl()}${documentPath('activities', slug)}`
    expect(await decodeQr(renderPage(pdf, 1, 100))).toBe(url)
  })

  it('is cached until the document changes', async () => {
    const slug = unique('poster-cache')
    const activity = await payload.create({
      collection: 'activities',
      locale: 'zh',
      data: { title: '健康讲座', slug, kind: 'health-lecture', startsAt: '2026-12-10T06:00:00.000Z', endsAt: '2026-12-10T07:00:00.000Z', _status: 'published' },
    })
    const first = await posterFor(payload, 'activities', activity.id, 'zh')
    const renders = posterRenderCount()
    const again = await posterFor(payload, 'activities', activity.id, 'zh')
    expect(posterRenderCount()).toBe(renders)
    expect(again!.etag).toBe(first!.etag)
    await payload.update({ collection: 'activities', id: activity.id, locale: 'zh', data: { title: '健康讲座：冬季防跌倒' } })
    const changed = await posterFor(payload, 'activities', activity.id, 'zh')
    expect(posterRenderCount()).toBe(renders + 1)
    expect(changed!.etag).not.toBe(first!.etag)
    expect(squash((await pdfText(changed!.pdf)).text)).toContain('健康讲座：冬季防跌倒')
    // The address settings fill in when the activity names no place of its own.
    expect(squash((await pdfText(changed!.pdf)).text)).toContain('伏龙社区老顽童之家')
  })

  it('a recruitment call poster points at the call, where people apply', async () => {
    const slug = unique('poster-call')
    const call = await payload.create({
      collection: 'recruitment-calls',
      locale: 'zh',
      data: { title: '招募冬至家宴帮厨志愿者', slug, role: '帮厨', summary: '会包饺子就行。', opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-18T15:59:00.000Z', peopleWanted: 6, _status: 'published' },
    })
    const poster = await posterFor(payload, 'recruitment-calls', call.id, 'zh')
    const flat = squash((await pdfText(poster!.pdf)).text)
    for (const expected of ['招募冬至家宴帮厨志愿者', '帮厨', '2026年12月1日', '2026年12月18日', '6人', '028-87654321']) expect(flat).toContain(squash(expected))
    expect(await decodeQr(renderPage(poster!.pdf))).toBe(`${siteUrl()}${documentPath('recruitment-calls', slug)}`)
  })

  it('fitText shrinks a long title to fit its box and cuts what still does not fit', async () => {
    const long = '邻里节'.repeat(60)
    let used = 0
    const pdf = await renderPdf({ title: 'fit' }, (doc) => {
      used = fitText(doc, long, { x: 50, y: 50, width: 200, height: 60, maxSize: 40, minSize: 10 })
    })
    expect(used).toBeLessThanOrEqual(60)
    const flat = squash((await pdfText(pdf)).text)
    const shown = flat.slice(0, flat.indexOf('…') + 1)
    expect(shown).toMatch(/^(邻里节)+(邻里?)?…$/u)
    expect(shown.length).toBeLessThan(long.length)
  })

  it('an unknown document has no poster', async () => {
    expect(await posterFor(payload, 'activities', 99_999_999, 'zh')).toBeNull()
  })
})
