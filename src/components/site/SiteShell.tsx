import type { ReactNode } from 'react'

import { getSiteSettings } from '@/lib/content/siteSettings'
import { getDictionary } from '@/lib/i18n'
import { Footer } from './Footer'
import { Header } from './Header'
import { PreviewBanner } from './PreviewBanner'
import type { PageContext } from './types'

/** Header, main and footer around every page; the page passes its own path for the language and mode switches. */
export async function SiteShell({ context, preview = false, children }: { context: PageContext; preview?: boolean; children: ReactNode }) {
  const settings = await getSiteSettings(context.locale)
  const t = getDictionary(context.locale)
  return (
    <>
      <a className="skip" href="#main">
        {t.skipToContent}
      </a>
      {preview ? <PreviewBanner context={context} /> : null}
      <Header context={context} settings={settings} />
      <main id="main" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <Footer context={context} settings={settings} />
    </>
  )
}
