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

/** The region of `whole` at (left, top) of the given size. */
function region(whole: Raw, left: number, top: number, width: number, height: number): Raw {
  const data = Buffer.alloc(width * height * whole.channels)
  for (let y = 0; y < height; y++) {
    const start = ((top + y) * whole.width + left) * whole.channels
    whole.data.copy(data, y * width * whole.channels, start, start + width * whole.channels)
  }
  return { data, width, height, channels: whole.channels }
}

/** Share of pixels that differ clearly from the region's most common colour (its background): the ink of the text drawn there. */
function inkShare(image: Raw): number {
  const counts = new Map<number, number>()
  const key = (i: number) => (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!
  for (let i = 0; i < image.data.length; i += image.channels) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1)
  const background = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]
  const [br, bg, bb] = [background >> 16, (background >> 8) & 255, background & 255]
  let ink = 0
  for (let i = 0; i < image.data.length; i += image.channels) {
    const distance = Math.abs(image.data[i]! - br) + Math.abs(image.data[i + 1]! - bg) + Math.abs(image.data[i + 2]! - bb)
    if (distance > 96) ink++
  }
  return ink / (image.width * image.height)
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
        // Hydration may still add what needs JavaScript (elder mode's read-aloud button): measure once the layout holds still.
        await page.waitForFunction(
          () => new Promise((resolve) => {
            const height = document.documentElement.scrollHeight
            setTimeout(() => resolve(document.documentElement.scrollHeight === height), 300)
          }),
        )
        const facts = await pageFacts(page)
        const image = await decode(await saveScreenshot(page, `${shot.name}-${mode}-375`))
        const where = `${shot.path} (${mode})`

        // The whole page, at phone width, without sideways scrolling.
        expect(facts.scrollWidth, where).toBe(viewports.phone.width)
        expect(image.width, where).toBe(viewports.phone.width)
        expect(image.height, where).toBe(facts.scrollHeight)
        expect(facts.elder, where).toBe(mode === 'elder')

        // The page's heading is drawn in the screenshot where the page lays it out, with real glyphs:
        // antialiased edges in many colours, and ink covering part of its box (an empty box or tofu would not).
        expect(facts.heading.length, where).toBeGreaterThan(1)
        const box = facts.headingBox!
        const left = Math.round(box.x)
        const top = Math.round(box.y)
        const width = Math.min(Math.round(box.width), image.width - left)
        const height = Math.min(Math.round(box.height), image.height - top)
        expect(width * height, where).toBeGreaterThan(200)
        const heading = region(image, left, top, width, height)
        expect(colourCount(heading), where).toBeGreaterThan(12)
        const ink = inkShare(heading)
        expect(ink, where).toBeGreaterThan(0.03)
        expect(ink, where).toBeLessThan(0.7)
        // The same measure of the page margin beside the heading stays near zero: it tells text from no text.
        expect(left, where).toBeGreaterThanOrEqual(8)
        expect(inkShare(region(image, 0, top, 6, height)), where).toBeLessThan(0.02)
        rootFont[mode] = facts.rootFontPx
      }
      await context.close()
    }, 180_000)
  }

  it('elder mode draws everything larger', () => {
    expect(rootFont.elder).toBeGreaterThan(rootFont.standard! * 1.1)
  })
})
