import path from 'node:path'

import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getTestPayload, siteUrl } from '../helpers/payload'
import { eventually } from '../helpers/eventually'
import { useSeededBrowser } from '../helpers/browser'

// Issue 14, points 6, 7 and 16: what a resident sees on the first screen of a 375×812 phone, in both modes.
const FIRST_SCREEN = { width: 375, height: 812 }
const ACTIVITY = '/activities/dongzhi-jiayan-2026'
const DOCS = path.resolve(import.meta.dirname, '..', '..', 'docs')

const browser = useSeededBrowser()

async function phone(mode: 'normal' | 'elder', initScript?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: FIRST_SCREEN, deviceScaleFactor: 1, locale: 'zh-CN' })
  if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
  if (initScript) await context.addInitScript({ content: initScript })
  return { context, page: await context.newPage() }
}

type FirstScreen = { header: number; dateBottom: number; placeBottom: number; callBottom: number | null; callHeight: number | null }

/** Where the activity's date, place and call button end, in CSS pixels from the top of the page. */
function measureActivity(page: Page): Promise<FirstScreen> {
  return page.evaluate(() => {
    const bottom = (el: Element | null | undefined) => (el ? Math.round(el.getBoundingClientRect().bottom + window.scrollY) : -1)
    const terms = [...document.querySelectorAll('main .facts dt')]
    const place = terms.find((dt) => dt.textContent?.trim() === '地点')?.nextElementSibling
    const call = document.querySelector('main .call-button')
    return {
      header: Math.round(document.querySelector('.site-header')!.getBoundingClientRect().height),
      dateBottom: bottom(document.querySelector('main .facts time')),
      placeBottom: bottom(place),
      callBottom: call ? bottom(call) : null,
      callHeight: call ? Math.round(call.getBoundingClientRect().height) : null,
    }
  })
}

describe('the first screen on a 375×812 phone (issue 14, point 6)', () => {
  it.each(['normal', 'elder'] as const)('%s mode: the activity’s date, place and a large tap-to-call lie inside the first viewport', async (mode) => {
    const { context, page } = await phone(mode)
    await page.goto(`${siteUrl()}${ACTIVITY}`)
    expect(await page.getAttribute('html', 'data-mode')).toBe(mode === 'elder' ? 'elder' : 'standard')
    const m = await measureActivity(page)
    console.info(`[${mode}] ${ACTIVITY}: header ${m.header}px (${Math.round((m.header / FIRST_SCREEN.height) * 100)}% of the screen), date ends at ${m.dateBottom}px, place at ${m.placeBottom}px, call button ends at ${m.callBottom}px (${m.callHeight}px tall)`)
    expect(m.dateBottom).toBeGreaterThan(0)
    expect(m.dateBottom).toBeLessThanOrEqual(FIRST_SCREEN.height)
    expect(m.placeBottom).toBeGreaterThan(0)
    expect(m.placeBottom).toBeLessThanOrEqual(FIRST_SCREEN.height)
    expect(m.callBottom).not.toBeNull()
    expect(m.callBottom!).toBeLessThanOrEqual(FIRST_SCREEN.height)
    expect(await page.getAttribute('main .call-button', 'href')).toMatch(/^tel:\d+/)
    if (mode === 'elder') {
      // A compact header: at most a third of the first screen (it was 319 px, 39 %, before).
      expect(m.header).toBeLessThanOrEqual(FIRST_SCREEN.height / 3)
      expect(m.callHeight!).toBeGreaterThanOrEqual(60)
      await page.screenshot({ path: path.join(DOCS, 'elder-activity-375x812-after.png') })
    }
    await context.close()
  }, 60_000)

  it('elder mode: the home page shows the next activity on its first screen, with a short place name', async () => {
    const { context, page } = await phone('elder')
    await page.goto(`${siteUrl()}/`)
    const next = page.locator('[data-next-activity]')
    await next.waitFor()
    const box = await next.boundingBox()
    console.info(`[elder] /: next activity block from ${Math.round(box!.y)}px to ${Math.round(box!.y + box!.height)}px`)
    expect(box!.y + box!.height).toBeLessThanOrEqual(FIRST_SCREEN.height)
    const text = (await next.textContent()) ?? ''
    // The date and a place name of one short line, not the three-line address.
    expect(text).toMatch(/\d+月\d+日/)
    const place = await page.locator('[data-next-activity] p').last().textContent()
    expect(place!.length).toBeLessThanOrEqual(24)
    expect(place).not.toContain('四川省')
    await context.close()
  }, 60_000)

  it('cards show a short place name, not the full address', async () => {
    const { context, page } = await phone('normal')
    await page.goto(`${siteUrl()}/activities`)
    const places = await page.locator('main .card .meta:last-child').allTextContents()
    expect(places.length).toBeGreaterThan(0)
    for (const place of places) expect(place, place).not.toContain('四川省成都市')
    await context.close()
  }, 60_000)
})

describe('the public forms fit a 375 px phone', () => {
  it.each(['normal', 'elder'] as const)('%s mode: every field of the sign-up and application forms lies inside its form', async (mode) => {
    const { context, page } = await phone(mode)
    for (const path of [ACTIVITY, '/join/chazuo-zhurenjia']) {
      await page.goto(`${siteUrl()}${path}`)
      const outside = await page.evaluate(() => {
        const form = document.querySelector('main form[data-linli-island]')
        if (!form) return ['no form']
        const box = form.getBoundingClientRect()
        return [...form.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea, button')]
          .filter((el) => el.offsetParent !== null && el.closest('[aria-hidden="true"]') === null)
          .filter((el) => {
            const r = el.getBoundingClientRect()
            return r.left < box.left - 0.5 || r.right > box.right + 0.5
          })
          .map((el) => `${el.id || el.getAttribute('name')}: ${Math.round(el.getBoundingClientRect().right)} > ${Math.round(box.right)}`)
      })
      expect(outside, `${path} (${mode})`).toEqual([])
    }
    await context.close()
  }, 60_000)
})

describe('read-aloud says when it cannot read aloud here (issue 14, point 7)', () => {
  const cases = {
    // WeChat's and many Android browsers: no speech synthesis at all.
    'a browser without speech synthesis': 'delete window.speechSynthesis; delete window.SpeechSynthesisUtterance;',
    // Speech synthesis, but no Chinese voice installed.
    'a browser with no Chinese voice': `(() => {
      const english = [{ lang: 'en-US', name: 'English', default: true, localService: true, voiceURI: 'en' }];
      if (window.speechSynthesis) window.speechSynthesis.getVoices = () => english;
    })();`,
  }
  it.each(Object.entries(cases))('%s: tapping 朗读全文 explains it and offers the phone number', async (_, script) => {
    const { context, page } = await phone('elder', script)
    await page.goto(`${siteUrl()}${ACTIVITY}`)
    await page.getByRole('button', { name: '朗读全文' }).click()
    const note = page.locator('.read-aloud-note')
    await note.waitFor({ timeout: 5_000 })
    expect(await note.textContent()).toContain('不能朗读')
    expect(await note.locator('a[href^="tel:"]').count()).toBe(1)
    await context.close()
  }, 60_000)

  it('is in the server HTML and moves nothing when its script arrives; without JavaScript it is not shown (issue 14, point 15)', async () => {
    // The script held back: the page as it stands before any of our JavaScript ran.
    const { context, page } = await phone('elder', 'window.__shifts = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts += e.value }).observe({ type: "layout-shift", buffered: true });')
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/static/read-aloud.js', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${siteUrl()}${ACTIVITY}`, { waitUntil: 'domcontentloaded' })
    const button = page.getByRole('button', { name: '朗读全文' })
    expect(await button.isVisible()).toBe(true)
    expect(await button.isDisabled()).toBe(true)
    const before = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, top: document.querySelector('[data-read-aloud]')!.getBoundingClientRect().top }))
    release()
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true)
    await page.waitForLoadState('load')
    const after = await page.evaluate(() => ({ height: document.documentElement.scrollHeight, top: document.querySelector('[data-read-aloud]')!.getBoundingClientRect().top, shifts: (window as unknown as { __shifts: number }).__shifts }))
    expect(after.height).toBe(before.height)
    expect(after.top).toBe(before.top)
    expect(after.shifts).toBe(0)
    await context.close()

    const noScript = await browser().newContext({ viewport: FIRST_SCREEN, javaScriptEnabled: false })
    await noScript.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
    const plain = await noScript.newPage()
    await plain.goto(`${siteUrl()}${ACTIVITY}`)
    expect(await plain.locator('h1').isVisible()).toBe(true)
    expect(await plain.locator('[data-read-aloud]').isVisible()).toBe(false)
    await noScript.close()
  }, 60_000)

  it('is offered in elder mode only (normal reading pages ship none of our own client JavaScript for it)', async () => {
    const { context, page } = await phone('normal')
    await page.goto(`${siteUrl()}${ACTIVITY}`)
    await page.waitForLoadState('load')
    expect(await page.getByRole('button', { name: '朗读全文' }).count()).toBe(0)
    expect(await page.locator('script[src*="read-aloud"]').count()).toBe(0)
    await context.close()
  }, 60_000)
})

describe('a new team’s empty site hides empty blocks (issue 14, point 16)', () => {
  let saved: { address?: string | null; openingHours?: string | null; contactPhone?: string | null }
  beforeAll(async () => {
    const payload = await getTestPayload()
    saved = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', fallbackLocale: false, depth: 0, overrideAccess: true })
  })
  afterAll(async () => {
    const payload = await getTestPayload()
    await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { address: saved.address ?? null, openingHours: saved.openingHours ?? null, contactPhone: saved.contactPhone ?? null }, overrideAccess: true })
  })

  it('shows 来找我们 only once the team has an address, opening hours or a phone', async () => {
    const payload = await getTestPayload()
    expect(await (await fetch(`${siteUrl()}/`)).text()).toContain('来找我们')
    await payload.updateGlobal({ slug: 'site-settings', locale: 'zh', data: { address: null, openingHours: null, contactPhone: null }, overrideAccess: true })
    await eventually(async () => expect(await (await fetch(`${siteUrl()}/`)).text()).not.toContain('来找我们'), 20_000)
  }, 60_000)
})
