import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import './staff.css'

/**
 * `same-origin`, not `no-referrer`: under no-referrer a browser posts the page's forms with `Origin: null`,
 * and Payload then ignores the session cookie (its CSRF check), so every button answered 401 to staff
 * signed in to the admin. Other sites still get no referrer.
 */
export const metadata: Metadata = { title: '报名管理 · 邻里 Linli', robots: { index: false, follow: false }, referrer: 'same-origin' }
export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

/** Staff pages for sign-ups (overview, phone sign-ups, check-in at the door): made for a phone in one hand. */
export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <header className="staff-top">
          <a href="/staff/signups">报名管理</a>
          <a href="/admin">后台</a>
        </header>
        <main className="staff-main">{children}</main>
      </body>
    </html>
  )
}
