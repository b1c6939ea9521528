import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '@/seed'
import { getTestPayload, siteUrl } from '../helpers/payload'
import { axeViolations, hasHorizontalScroll, htmlProblems, launchBrowser, preloadAxe, viewports, watchPageErrors } from '../helpers/browser'
import { localized, type Mode, modes, publicRoutes } from './routes'

type Slot = { context: BrowserContext; page: Page; errors: string[] }

let browser: Browser
const slots = new Map<string, Slot>()
const tally = { pages: 0, violations: 0, nodes: 0, htmlChecked: 0 }

beforeAll(async () => {
  await seed(await getTestPayload())
  browser = await launchBrowser()
  for (const mode of modes) {
    for (const [name, viewport] of Object.entries(viewports)) {
      const context = await browser.newContext({ viewport })
      await preloadAxe(context)
      if (mode === 'elder') await context.addCookies([{ name: 'elder', value: '1', url: siteUrl() }])
      const page = await context.newPage()
      slots.set(`${mode}/${name}`, { context, page, errors: watchPageErrors(page) })
    }
  }
})

afterAll(async () => {
  console.info(
    `[axe] ${tally.pages} page views checked (wcag2a/2aa/21a/21aa/22aa): ${tally.violations} violations on ${tally.nodes} nodes; ${tally.htmlChecked} server HTML documents validated`,
  )
  for (const slot of slots.values()) await slot.context.close()
  await browser?.close()
})

/** One page view: axe, console errors and horizontal scroll; returns the problems and the server's HTML. */
async function check(slot: Slot, name: string, path: string, mode: Mode): Promise<{ problems: string[]; html: string }> {
  slot.errors.length = 0
  const response = await slot.page.goto(`${siteUrl()}${path}`, { waitUntil: 'load' })
  expect(response?.status(), `${path} status`).toBe(200)
  expect(await slot.page.getAttribute('html', 'data-mode')).toBe(mode)
  const html = await response!.text()
  const violations = await axeViolations(slot.page)
  tally.pages++
  tally.violations += violations.length
  tally.nodes += violations.reduce((n, v) => n + v.nodes.length, 0)
  const problems = violations.map((v) => `axe ${name}: ${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
  problems.push(...slot.errors.map((e) => `${name} ${e}`))
  if (await hasHorizontalScroll(slot.page)) problems.push(`${name}: horizontal scroll`)
  return { problems, html }
}

describe('every public page in both languages, modes and viewports', () => {
  for (const mode of modes) {
    for (const locale of ['zh', 'en'] as const) {
      for (const route of publicRoutes) {
        const path = localized(locale, route)
        it(`${mode} ${path}: axe clean, valid HTML, no console errors, no horizontal scroll`, async () => {
          // The viewports have their own contexts, so they are checked side by side.
          const views = await Promise.all(Object.keys(viewports).map((name) => check(slots.get(`${mode}/${name}`)!, name, path, mode)))
          const problems = views.flatMap((v) => v.problems)
          problems.push(...(await htmlProblems(views[0]!.html)).map((p) => `HTML ${p}`))
          tally.htmlChecked++
          expect(problems, `${mode} ${path}`).toEqual([])
        }, 90_000)
      }
    }
  }
})
