import { beforeAll, describe, expect, it } from 'vitest'

import { cacheHit, get } from '../helpers/http'
import { htmlLang, jsonLd, seededPayload } from './helpers'

type Route = { path: string; zh: string; en: string }

/** Every public page in both languages, with a piece of content each must show. */
const pages: Route[] = [
  { path: '/', zh: '老顽童之家志愿服务队', en: 'Young-at-Heart House Volunteer Team' },
  // Lists show the newest first, and other suites add documents: check the list's own heading.
  { path: '/stories', zh: '志愿者故事</h1>', en: 'Volunteer stories</h1>' },
  { path: '/stories/luo-shu-kai-men', zh: '骆叔的“上班”时间', en: 'Uncle Luo clocks in' },
  { path: '/activities', zh: '往期活动', en: 'Past activities' },
  { path: '/activities/kind/festival', zh: '节日活动', en: 'Festival' },
  { path: '/activities/dongzhi-jiayan-2026', zh: '2026冬至家宴', en: 'Winter Solstice banquet 2026' },
  { path: '/join', zh: '报名加入志愿队', en: 'Join the volunteer team' },
  { path: '/join/chazuo-zhurenjia', zh: '招募公益茶座“主人家”', en: 'Wanted: hosts for the community tea table' },
  { path: '/cases', zh: '案例</h1>', en: 'Case studies</h1>' },
  { path: '/cases/fulong-yihe-sanzhi', zh: '一核三治', en: 'One core, three kinds of governance' },
  { path: '/about', zh: '关于我们', en: 'About us' },
]

const localized = (locale: 'zh' | 'en', path: string) => (locale === 'en' ? (path === '/' ? '/en' : `/en${path}`) : path)

describe('public pages', () => {
  beforeAll(async () => {
    await seededPayload()
  })

  for (const locale of ['zh', 'en'] as const) {
    for (const page of pages) {
      const path = localized(locale, page.path)
      it(`${path} renders in ${locale} and is then served from the cache`, async () => {
        const first = await get(path)
        expect(first.status, first.text.slice(0, 500)).toBe(200)
        expect(htmlLang(first.text)).toBe(locale === 'zh' ? 'zh-CN' : 'en')
        expect(first.text).toContain(page[locale].replace(/“|”/g, (q) => q))
        expect(first.headers.get('x-nextjs-cache') ?? first.headers.get('x-linli-micro-cache')).toMatch(/MISS|HIT|STALE/)
        // The page itself, not a streamed-in part behind a fallback: readable without JavaScript.
        expect(first.text.match(/<main\b/g)).toHaveLength(1)
        // (Outside the inline RSC payload, which carries the segment's not-found page on every page.)
        expect(first.text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')).not.toMatch(/<!--\$[?!]-->|data-not-found/)
        const second = await get(path)
        expect(second.status).toBe(200)
        expect(cacheHit(second.headers)).toBe(true)
      })
    }
  }

  it('gives every page a canonical URL without the mode, hreflang alternates and Open Graph', async () => {
    const { text } = await get('/en/stories/luo-shu-kai-men')
    expect(text).toMatch(/<link rel="canonical" href="http[^"]+\/en\/stories\/luo-shu-kai-men"/)
    expect(text).toMatch(/hreflang="zh-CN" href="http[^"]+\/stories\/luo-shu-kai-men"/i)
    expect(text).toMatch(/hreflang="x-default"/i)
    expect(text).toMatch(/<meta property="og:image" content="http[^"]+-1200x630\.jpg"/)
    expect(text).toContain('<meta property="og:image:width" content="1200"/>')
    expect(text).not.toMatch(/\/(standard|elder)\//)
  })

  it('describes stories and cases as schema.org Articles and activities as Events in Shanghai time', async () => {
    const story = jsonLd((await get('/stories/luo-shu-kai-men')).text)
    expect(story.find((d) => d['@type'] === 'Article')).toMatchObject({ headline: '骆叔的“上班”时间' })
    const kase = jsonLd((await get('/cases/fulong-yihe-sanzhi')).text)
    expect(kase.find((d) => d['@type'] === 'Article')).toBeTruthy()
    const event = jsonLd((await get('/activities/dongzhi-jiayan-2026')).text).find((d) => d['@type'] === 'Event')
    expect(event).toMatchObject({ startDate: '2026-12-22T11:00:00+08:00', endDate: '2026-12-22T13:30:00+08:00' })
    expect(event?.location).toBeTruthy()
    expect(event?.organizer).toBeTruthy()
  })

  it('writes dates the Chinese way in Chinese and the English way in English', async () => {
    expect((await get('/activities/dongzhi-jiayan-2026')).text).toContain('2026年12月22日 周二 11:00–13:30')
    expect((await get('/en/activities/dongzhi-jiayan-2026')).text).toContain('Tue 22 Dec 2026, 11:00–13:30')
  })

  it('says when a call is closed and points to the open ones', async () => {
    const { status, text } = await get('/join/chongyang-zoufang-2026')
    expect(status).toBe(200)
    expect(text).toContain('data-call-state="closed"')
    expect(text).toContain('/join/chazuo-zhurenjia')
    expect(text).toContain('data-application-form="chongyang-zoufang-2026"')
  })

  it('answers unknown pages with a full 404 page in the visitor’s language, readable without JavaScript and cached', async () => {
    const cases = [
      { path: '/no-such-page', lang: 'zh-CN', title: '页面没有找到', nav: '故事' },
      { path: '/en/stories/no-such-story', lang: 'en', title: 'Page not found', nav: 'Stories' },
      { path: '/stories/page/999', lang: 'zh-CN', title: '页面没有找到', nav: '故事' },
      { path: '/activities/kind/no-such-kind', lang: 'zh-CN', title: '页面没有找到', nav: '故事' },
      { path: '/en/join/no-such-call', lang: 'en', title: 'Page not found', nav: 'Stories' },
    ]
    for (const { path, lang, title, nav } of cases) {
      const first = await get(path)
      expect(first.status, path).toBe(404)
      expect(htmlLang(first.text), path).toBe(lang)
      const body = first.text.slice(first.text.indexOf('<body'))
      const visible = body.slice(0, body.indexOf('<script'))
      expect(visible, path).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`))
      expect(visible, path).toMatch(new RegExp(`<header[\\s\\S]*>${nav}</a>[\\s\\S]*</header>`))
      expect(visible, path).toContain('<footer')
      expect(first.text, path).toMatch(/<meta name="robots" content="noindex/)
      expect(first.text, path).toMatch(new RegExp(`<title>${title}`))
      const again = await get(path)
      expect(again.status, path).toBe(404)
      expect(again.headers.get('x-nextjs-cache'), path).toBe('HIT')
    }
  })

  it('keeps Chinese at the root: /zh paths redirect there', async () => {
    const res = await get('/zh/stories')
    expect([301, 308]).toContain(res.status)
    expect(res.headers.get('location')).toMatch(/\/stories$/)
  })

  it('renders pages without client-side rendering: the article is in the HTML', async () => {
    const { text } = await get('/stories/luo-shu-kai-men')
    expect(text).toContain('早上八点五十')
    const images = text.match(/<img[^>]+>/g) ?? []
    expect(images.some((img) => /\salt="[^"]+"/.test(img) && /\swidth="1280"/.test(img))).toBe(true)
  })
})
