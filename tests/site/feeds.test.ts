import { XMLParser } from 'fast-xml-parser'
import ical from 'node-ical'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eventually } from '../helpers/eventually'
import { cacheHit, get, rest } from '../helpers/http'
import { editorAuth } from '../helpers/users'
import { seededPayload, unique } from './helpers'

const xml = new XMLParser({ ignoreAttributes: false })

describe('feeds, sitemap, robots and calendars', () => {
  let payload: Payload
  let activitySlug: string

  beforeAll(async () => {
    payload = await seededPayload()
    const auth = await editorAuth(payload)
    activitySlug = unique('site-ics')
    // 14:00–16:30 Shanghai time, a week from now.
    const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
    await rest('POST', '/activities', auth, {
      title: '日历测试活动',
      slug: activitySlug,
      kind: 'health-lecture',
      startsAt: `${day}T06:00:00.000Z`,
      endsAt: `${day}T08:30:00.000Z`,
      place: '社区活动室',
      _status: 'published',
    })
  })

  it('/feed.xml and /en/feed.xml are RSS 2.0 of stories and cases', async () => {
    for (const [path, lang, locale] of [
      ['/feed.xml', 'zh-CN', 'zh'],
      ['/en/feed.xml', 'en', 'en'],
    ] as const) {
      // Other files publish stories too: expect what is newest now, not a given seed story.
      const newest = { locale, fallbackLocale: 'zh' as const, sort: '-publishedAt', limit: 1, depth: 0, overrideAccess: false, draft: false }
      const story = (await payload.find({ collection: 'stories', ...newest })).docs[0]!
      const kase = (await payload.find({ collection: 'cases', ...newest })).docs[0]!
      const storiesAfterCase = await payload.count({ collection: 'stories', where: { publishedAt: { greater_than: kase.publishedAt } }, overrideAccess: false })
      const res = await get(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toContain('xml')
      const rss = xml.parse(res.text).rss
      expect(rss['@_version']).toBe('2.0')
      expect(rss.channel.language).toBe(lang)
      const items = [rss.channel.item].flat() as { title: string; link: string }[]
      expect(items.map((i) => i.title)).toContain(story.title)
      // The feed holds the 30 newest of both: the newest case is in it unless 30 stories came after it.
      if (storiesAfterCase.totalDocs < 30) expect(items.some((i) => i.link.includes(`/cases/${kase.slug}`))).toBe(true)
      expect(cacheHit((await get(path)).headers)).toBe(true)
    }
  })

  it('/sitemap.xml lists both languages of every published page', async () => {
    const res = await get('/sitemap.xml')
    expect(res.status).toBe(200)
    const urls = [xml.parse(res.text).urlset.url].flat() as { loc: string }[]
    const locs = urls.map((u) => u.loc)
    expect(locs.some((l) => l.endsWith('/stories/luo-shu-kai-men'))).toBe(true)
    expect(locs.some((l) => l.endsWith('/en/stories/luo-shu-kai-men'))).toBe(true)
    expect(locs.some((l) => l.endsWith('/join/chazuo-zhurenjia'))).toBe(true)
    expect(locs.every((l) => !/\/(standard|elder)(\/|$)/.test(l))).toBe(true)
  })

  it('/robots.txt keeps crawlers out of the admin, API and previews and points to the sitemap', async () => {
    const res = await get('/robots.txt')
    expect(res.status).toBe(200)
    expect(res.text).toMatch(/^Disallow: \/admin$/m)
    expect(res.text).toMatch(/^Disallow: \/api$/m)
    expect(res.text).toMatch(/^Disallow: \/preview$/m)
    expect(res.text).toMatch(/^Sitemap: http.+\/sitemap\.xml$/m)
  })

  it('/calendar.ics holds the upcoming activities in Asia/Shanghai time', async () => {
    // The activity was published moments ago: the calendar is refreshed within seconds, not necessarily at once.
    await eventually(async () => expect((await get('/calendar.ics')).text).toContain(activitySlug))
    const res = await get('/calendar.ics')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/calendar')
    expect(res.text).toContain('BEGIN:VTIMEZONE')
    const events = Object.values(ical.sync.parseICS(res.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]
    const ours = events.find((e) => JSON.stringify(e.url ?? '').includes(activitySlug))
    expect(ours).toBeTruthy()
    expect(ours!.start.toISOString()).toMatch(/T06:00:00\.000Z$/)
    expect(res.text).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T140000/)
    expect((await get('/en/calendar.ics')).status).toBe(200)
  })

  it('one activity’s .ics is a single event', async () => {
    const res = await get(`/activities/${activitySlug}/calendar.ics`)
    expect(res.status).toBe(200)
    const events = Object.values(ical.sync.parseICS(res.text)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[]
    expect(events).toHaveLength(1)
    expect(events[0]!.summary).toBe('日历测试活动')
    expect(events[0]!.location).toBe('社区活动室')
    expect(events[0]!.end!.getTime() - events[0]!.start.getTime()).toBe(2.5 * 3_600_000)
    expect((await get(`/en/activities/${activitySlug}/calendar.ics`)).status).toBe(200)
    expect((await get('/activities/no-such-activity/calendar.ics')).status).toBe(404)
  })
})
