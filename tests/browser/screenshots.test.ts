import fs from 'node:fs'

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

describe('screenshots at 375px (tests/artifacts/)', () => {
  for (const mode of modes) {
    it(`${mode} mode`, async () => {
      const context = await browser().newContext({ viewport: viewports.phone })
      if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
      const page = await context.newPage()
      for (const shot of shots) {
        await page.goto(`${siteUrl()}${shot.path}`, { waitUntil: 'load' })
        await page.evaluate(() => document.fonts.ready)
        const file = await saveScreenshot(page, `${shot.name}-${mode}-375`)
        expect(fs.statSync(file).size).toBeGreaterThan(10_000)
      }
      await context.close()
    }, 120_000)
  }
})
