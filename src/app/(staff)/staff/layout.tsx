import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import './staff.css'

export const metadata: Metadata = { title: '报名管理 · 邻里 Linli', robots: { index: false, follow: false }, referrer: 'no-referrer' }
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
