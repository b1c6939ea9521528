import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { siteUrl } from '../helpers/payload'
import { useSeededBrowser, viewports } from '../helpers/browser'
import { randomPhone } from '../recruitment/helpers/fixtures'

const CALL = '/join/chazuo-zhurenjia'

const browser = useSeededBrowser()

type Walk = { expected: string[]; visited: string[]; invisible: string[] }

/**
 * Marks every element that should be reachable (links, buttons, fields; one stop per radio group),
 * records its unfocused outline and shadow, then presses Tab until focus wraps around, checking at
 * each stop that focus looks different from the unfocused state.
 */
async function tabThrough(page: Page): Promise<Walk> {
  const expected = await page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]')
    const names: string[] = []
    const radioGroups = new Set<string>()
    let n = 0
    for (const el of candidates) {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert], [hidden]')) continue
      const style = getComputedStyle(el)
      if (style.visibility === 'hidden' || style.display === 'none') continue
      if (el.getClientRects().length === 0) continue
      const key = `kb-${n++}`
      el.dataset.kb = key
      const s = getComputedStyle(el)
      el.dataset.kbRest = `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}`
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (radioGroups.has(el.name)) continue // Tab stops once per radio group
        radioGroups.add(el.name)
        names.push(`radio:${el.name}`)
        continue
      }
      names.push(key)
    }
    return names
  })
  const visited: string[] = []
  const invisible: string[] = []
  for (let i = 0; i < expected.length + 20; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null
      if (!el || el === document.body) return null
      if (!el.dataset.kb) return { id: `unmarked:${el.tagName.toLowerCase()}#${el.id}`, visible: true, label: el.tagName }
      const s = getComputedStyle(el)
      const focused = `${s.outlineStyle}|${s.outlineWidth}|${s.outlineColor}|${s.boxShadow}`
      const visible = focused !== el.dataset.kbRest && !(s.outlineStyle === 'none' && s.boxShadow === 'none')
      const id = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : el.dataset.kb
      return { id, visible, label: `${el.tagName.toLowerCase()}#${el.id} "${(el.textContent ?? '').trim().slice(0, 20)}" ${el.getAttribute('href') ?? ''}` }
    })
    if (!stop) {
      if (visited.length > 0) break // wrapped around to the browser chrome
      continue
    }
    if (visited.includes(stop.id)) break
    visited.push(stop.id)
    if (!stop.visible) invisible.push(stop.label)
  }
  return { expected, visited, invisible }
}

async function describeKeys(page: Page, keys: string[]): Promise<string[]> {
  return page.evaluate(
    (keys) =>
      keys.map((k) => {
        const el = k.startsWith('radio:') ? document.querySelector(`input[name="${k.slice(6)}"]`) : document.querySelector(`[data-kb="${k}"]`)
        return `${k} ${el?.tagName.toLowerCase()}#${el?.id ?? ''} "${(el?.textContent ?? '').trim().slice(0, 20)}" ${el?.getAttribute('href') ?? ''}`
      }),
    keys,
  )
}

/** Presses Tab until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  const where = await page.evaluate(() => `${document.activeElement?.tagName}#${document.activeElement?.id} ${document.activeElement?.outerHTML.slice(0, 200)}`)
  throw new Error(`Tab never reached ${selector}; focus is on ${where}`)
}

describe('keyboard only', () => {
  for (const path of ['/', CALL]) {
    it(`${path}: Tab reaches every link, button and field, and focus is always visible`, async () => {
      const context = await browser().newContext({ viewport: viewports.desktop })
      const page = await context.newPage()
      await page.goto(`${siteUrl()}${path}`)
      const walk = await tabThrough(page)
      console.info(`[keyboard] ${path}: ${walk.expected.length} focusable stops, Tab visited ${walk.visited.length}: ${walk.visited.filter((v) => !v.startsWith('kb-')).join(' ')}`)
      const missed = walk.expected.filter((k) => !walk.visited.includes(k))
      expect(await describeKeys(page, missed), 'never reached with Tab').toEqual([])
      expect(walk.invisible, 'focus not visible').toEqual([])
      await context.close()
    }, 120_000)
  }

  it('the application form is filled in and sent with the keyboard alone, ending on the thanks page', async () => {
    const context = await browser().newContext({ viewport: viewports.phone })
    const page = await context.newPage()
    await page.goto(`${siteUrl()}${CALL}`)
    await tabTo(page, '#apply-name')
    await page.keyboard.type('键盘测试')
    await tabTo(page, '#apply-phone')
    await page.keyboard.type(randomPhone())
    await tabTo(page, '#apply-courtyard')
    await page.keyboard.press('ArrowDown')
    expect(await page.inputValue('#apply-courtyard')).not.toBe('')
    // Tab enters the age group on its first option (under 14, which the form turns away); the arrow keys move to 36–59.
    await tabTo(page, 'input[name="ageRange"]')
    for (let i = 0; i < 6 && (await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) !== '36-59'; i++) await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Space')
    expect(await page.inputValue('input[name="ageRange"]:checked')).toBe('36-59')
    await tabTo(page, '#apply-availability-0')
    await page.keyboard.press('Space')
    await tabTo(page, '#apply-consent')
    await page.keyboard.press('Space')
    expect(await page.isChecked('#apply-consent')).toBe(true)
    await tabTo(page, '#apply button[type="submit"]')
    await page.keyboard.press('Enter')
    await page.waitForURL('**/join/thanks/LL-*', { timeout: 90_000 })
    expect(await page.textContent('main')).toMatch(/LL-[A-Z0-9]{4,}/)
    await context.close()
  }, 150_000)
})
