import fs from 'node:fs'
import path from 'node:path'

import axe from 'axe-core'
import { HtmlValidate } from 'html-validate'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { afterAll, beforeAll } from 'vitest'

import { seed } from '@/seed'
import { ensureChromium } from '../../scripts/lib/chromium'
import { getTestPayload } from './payload'

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests', 'artifacts')

export const viewports = {
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const

/** Debian's Chromium, installed first when missing (as `npm test` does): a browser test never skips itself. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage', '--disable-component-update', '--no-first-run'],
  })
}

/** Collects console errors and uncaught errors of a page for the checks below (into `errors` when given, e.g. one list for several pages). */
export function watchPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message} (${page.url()})`))
  return errors
}

/** Makes every Content-Security-Policy violation of a page or context a console error (Chromium reports some only as events). */
export async function reportCspViolations(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`))
  })
}

export type AxeViolation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }

/**
 * Makes axe-core part of every page the context opens. Sending its ~500 KB source once per context
 * instead of once per page view saved about a second per view in the sweep.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axe.source })
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Every violation is still reported in full; passes and incomplete results are only trimmed, which makes a run cheaper.
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}

const htmlValidator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Next.js and React emit these by design; they are not accessibility or validity problems for browsers.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'script-type': 'off',
    'no-redundant-role': 'off',
    'prefer-native-element': 'off',
    // React writes charSet/fetchPriority/noModule; HTML attribute names are case-insensitive.
    'attr-case': 'off',
    // React's useId ids (e.g. _R_1_) are valid HTML5 ids.
    'valid-id': ['error', { relaxed: true }],
    // A label may both wrap its control and name it with for=.
    'no-redundant-for': 'off',
    // Radio and checkbox groups share one name.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
})

/** Validates the HTML exactly as the server sent it. */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await htmlValidator.validateString(html)
  return report.results
    .flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`))
    .filter((problem) => !isServerActionFormAction(problem))
}

/** React renders a server-action form as action="" (the page posts to itself without JavaScript), which HTML allows in practice. */
function isServerActionFormAction(problem: string): boolean {
  return problem.startsWith('attribute-allowed-values: Attribute "action" has invalid value ""')
}

/**
 * Brings a public form on screen and waits until it is enhanced: its client runtime is added only when an
 * island comes into view (src/lib/http/clientRuntime.ts), and the form sets its idempotency key once hydrated.
 */
export async function enhancedForm(page: Page, formSelector: string): Promise<void> {
  await page.locator(formSelector).scrollIntoViewIfNeeded()
  await page.waitForFunction((selector) => (document.querySelector<HTMLInputElement>(`${selector} input[name="idempotencyKey"]`)?.value ?? '') !== '', formSelector, { timeout: 30_000 })
}

export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
}

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  const file = path.join(ARTIFACTS_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** One Chromium per test file, over the demo content: registers the hooks and hands back the browser. */
export function useSeededBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    await seed(await getTestPayload())
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is started in beforeAll')
    return browser
  }
}

/** Signs in on the admin's own login form, as a person would, and waits for the admin's navigation. */
export async function signInToAdmin(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.fill('#field-email', user.email)
  await page.fill('#field-password', user.password)
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 }), page.click('button[type="submit"]')])
  await page.waitForSelector('nav, .nav', { timeout: 60_000 })
}

export type AdminPage = { browser: Browser; context: BrowserContext; page: Page }

/**
 * One Chromium per test file with a page for the admin as our social workers see it: desktop, Chinese
 * (Payload picks its language from the browser's). `prepare` runs first (users, content); the page is
 * handed back by the getter once beforeAll ran.
 */
export function useAdminPage(prepare: () => Promise<void> = async () => undefined): () => AdminPage {
  let opened: AdminPage | undefined
  beforeAll(async () => {
    await prepare()
    const browser = await launchBrowser()
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'zh-CN' })
    const page = await context.newPage()
    page.setDefaultTimeout(30_000)
    opened = { browser, context, page }
  })
  afterAll(async () => {
    await opened?.context.close()
    await opened?.browser.close()
  })
  return () => {
    if (!opened) throw new Error('the admin page is opened in beforeAll')
    return opened
  }
}
