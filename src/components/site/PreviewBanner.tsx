import { localePath, siteUrl } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { island } from '@/lib/islands'
import { RefreshOnSave } from './RefreshOnSave'
import type { PageContext } from './types'

export function PreviewBanner({ context }: { context: PageContext }) {
  const t = getDictionary(context.locale)
  const exit = `/preview?exit=1&next=${encodeURIComponent(localePath(context.locale, context.path))}`
  return (
    <div className="preview-banner" role="status" data-preview-banner {...island}>
      <div className="container">
        <strong>{t.preview.banner}</strong> <a href={exit}>{t.preview.exit}</a>
      </div>
      <RefreshOnSave serverURL={siteUrl()} />
    </div>
  )
}
