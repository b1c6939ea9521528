import type { Page } from 'playwright-core'

export type TextMeasure = { fontPx: number; lineHeight: number; contrast: number; worst: string }

/** Font size, line height (as a ratio) and the lowest colour contrast of the body text (paragraphs and list items in main). */
export function measureBodyText(page: Page): Promise<TextMeasure> {
  return page.evaluate(() => {
    // Running text; secondary small print (.meta dates, .badge tags, form hints) is measured in elder mode only via the body size.
    const parse = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).map(Number)
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      }
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
    }
    const background = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const rgba = parse(getComputedStyle(node).backgroundColor)
        if (rgba.length === 3 || (rgba.length === 4 && rgba[3]! > 0)) return rgba.slice(0, 3)
      }
      return [255, 255, 255]
    }
    const body = document.body
    const style = getComputedStyle(body)
    const texts = [...document.querySelectorAll('main p:not(.meta):not([class*="hint"]), main li:not(.badge), main dd')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && (el.textContent ?? '').trim().length > 0
    })
    let contrast = Infinity
    let worst = ''
    let fontPx = parseFloat(style.fontSize)
    let lineHeight = parseFloat(style.lineHeight) / parseFloat(style.fontSize)
    for (const el of [body, ...texts]) {
      const s = getComputedStyle(el)
      const fg = luminance(parse(s.color))
      const bg = luminance(background(el))
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)
      if (ratio < contrast) {
        contrast = ratio
        worst = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 20)}" ${s.color}`
      }
      if (el !== body && (el.tagName === 'P' || el.tagName === 'LI')) {
        fontPx = Math.min(fontPx, parseFloat(s.fontSize))
        lineHeight = Math.min(lineHeight, parseFloat(s.lineHeight) / parseFloat(s.fontSize))
      }
    }
    return { fontPx, lineHeight: Math.round(lineHeight * 100) / 100, contrast: Math.round(contrast * 100) / 100, worst }
  })
}

export type Target = { what: string; width: number; height: number }

/** Buttons, navigation and header links and form controls (a checkbox or radio counts with its label), with their size. */
export function measureTargets(page: Page): Promise<Target[]> {
  return page.evaluate(() => {
    const selector = 'button, .button, [role="button"], nav a, header a, input:not([type="hidden"]), select, textarea'
    const out: { what: string; width: number; height: number }[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.tabIndex < 0 && !(el instanceof HTMLInputElement)) continue
      if (el.closest('[aria-hidden="true"], [hidden]') || el.getAttribute('tabindex') === '-1') continue
      const input = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')
      const box = (input ? (el.closest('label') ?? el) : el).getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || box.right <= 0) continue // hidden, or the skip link parked off-screen
      const label = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.id || el.getAttribute('name') || ''
      out.push({ what: `${el.tagName.toLowerCase()}${input ? `[${(el as HTMLInputElement).type}]` : ''} "${label.slice(0, 24)}"`, width: Math.round(box.width), height: Math.round(box.height) })
    }
    return out
  })
}
