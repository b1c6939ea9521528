import type { Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { saveScreenshot, useSeededBrowser, viewports } from '../helpers/browser'
import { modes } from './routes'

const shots = [
  { name: 'home', path: '/' },
  { name: 'activity', path: '/activities/dongzhi-jiayan-2026' },
  { name: 'story', path: '/stories/luo-shu-kai-men' },
  { name: 'call-form', path: '/join/chazuo-zhurenjia' },
]

const browser = useSeededBrowser()

type Raw = { data: Buffer; width: number; height: number; channels: number }

async function decode(png: Buffer | string): Promise<Raw> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height, channels: info.channels }
}

/** Mean absolute difference per channel (0–255) between `part` and the same-sized region of `whole` at (left, top). */
function regionDifference(whole: Raw, part: Raw, left: number, top: number): number {
  let sum = 0
  for (let y = 0; y < part.height; y++) {
    for (let x = 0; x < part.width; x++) {
      for (let c = 0; c < part.channels; c++) {
        sum += Math.abs(whole.data[((top + y) * whole.width + left + x) * whole.channels + c]! - part.data[(y * part.width + x) * part.channels + c]!)
      }
    }
  }
  return sum / (part.width * part.height * part.channels)
}

/** Distinct colours in an image, roughly: text drawn with a real font has many (antialiased edges), an empty box few. */
function colourCount(image: Raw): number {
  const colours = new Set<number>()
  for (let i = 0; i < image.data.length; i += image.channels) colours.add((image.data[i]! >> 3) * 1024 + (image.data[i + 1]! >> 3) * 32 + (image.data[i + 2]! >> 3))
  return colours.size
}

/** What the page says about itself at the moment of the shot. */
function pageFacts(page: Page) {
  return page.evaluate(() => {
    const heading = document.querySelector('h1')
    const box = heading?.getBoundingClientRect()
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      elder: document.documentElement.classList.contains('elder'),
      rootFontPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      heading: heading?.textContent?.trim() ?? '',
      headingBox: box ? { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height } : undefined,
    }
  })
}

describe('screenshots at 375px (tests/artifacts/) show the page', () => {
  const rootFont: Record<string, number> = {}
  for (const mode of modes) {
    it(`${mode} mode`, async () => {
      const context = await browser().newContext({ viewport: viewports.phone })
      if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
      const page = await context.newPage()
      for (const shot of shots) {
        await page.goto(`${siteUrl()}${shot.path}`, { waitUntil: 'load' })
        await page.evaluate(() => document.fonts.ready)
        const facts = await pageFacts(page)
        const image = await decode(await saveScreenshot(page, `${shot.name}-${mode}-375`))
        const where = `${shot.path} (${mode})`

        // The whole page, at phone width, without sideways scrolling.
        expect(facts.scrollWidth, where).toBe(viewports.phone.width)
        expect(image.width, where).toBe(viewports.phone.width)
        expect(image.height, where).toBe(facts.scrollHeight)
        expect(facts.elder, where).toBe(mode === 'elder')

        // The page's heading is drawn where the page lays it out, as Chromium draws it on its own, with real glyphs.
        expect(facts.heading.length, where).toBeGreaterThan(1)
        const box = facts.headingBox!
        const heading = await decode(await page.locator('h1').first().screenshot())
        const left = Math.round(box.x)
        const top = Math.round(box.y)
        expect(left + heading.width, where).toBeLessThanOrEqual(image.width)
        expect(top + heading.height, where).toBeLessThanOrEqual(image.height)
        expect(regionDifference(image, heading, left, top), where).toBeLessThan(8)
        expect(colourCount(heading), where).toBeGreaterThan(12)
        rootFont[mode] = facts.rootFontPx
      }
      await context.close()
    }, 180_000)
  }

  it('elder mode draws everything larger', () => {
    expect(rootFont.elder).toBeGreaterThan(rootFont.standard! * 1.1)
  })
})
