import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, reportCspViolations } from '../helpers/browser'
import { siteUrl } from '../helpers/payload'

const PUBLIC_PAGES = ['/', '/en']

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

/** Loads a page in Chromium and returns every Content-Security-Policy violation it reported. */
async function cspViolations(url: string): Promise<string[]> {
  const page = await browser.newPage()
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text())
  })
  await reportCspViolations(page)
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(300)
  await page.close()
  return violations
}

function expectCommonHeaders(headers: Headers): void {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(headers.get('strict-transport-security')).toMatch(/max-age=\d{8}/)
}

describe('security headers', () => {
  it.each(PUBLIC_PAGES)('public page %s has a strict policy, frame-ancestors, nosniff, referrer policy and HSTS', async (path) => {
    const res = await fetch(`${siteUrl()}${path}`)
    expect(res.status).toBe(200)
    expectCommonHeaders(res.headers)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("frame-ancestors 'self'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    // Next.js compiles a header value holding a colon as a path pattern on every request (src/lib/security/headers.ts).
    expect(csp).not.toContain(':')
  })

  it('the admin has its own policy and the API has the common headers', async () => {
    const admin = await fetch(`${siteUrl()}/admin/login`)
    expectCommonHeaders(admin.headers)
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    const api = await fetch(`${siteUrl()}/api/health`)
    expectCommonHeaders(api.headers)
  })

  it('a public page is requested once by the browser; only the admin asks for the colour-scheme hint', async () => {
    const res = await fetch(`${siteUrl()}/stories`)
    expect(res.headers.get('critical-ch')).toBeNull()
    expect(res.headers.get('accept-ch')).toBeNull()
    const admin = await fetch(`${siteUrl()}/admin/login`)
    expect(admin.headers.get('accept-ch')).toMatch(/Sec-CH-Prefers-Color-Scheme/i)

    const page = await browser.newPage()
    const documents: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documents.push(r.url())
    })
    await page.goto(`${siteUrl()}/stories`, { waitUntil: 'load' })
    await page.close()
    // Critical-CH made Chromium send the first request twice.
    expect(documents).toEqual([`${siteUrl()}/stories`])
  })

  it.each([...PUBLIC_PAGES, '/admin/login'])('%s runs in Chromium without a single CSP violation', async (path) => {
    expect(await cspViolations(`${siteUrl()}${path}`)).toEqual([])
  })
})
