import { locales } from '@/lib/content/paths'
import { modes } from '@/lib/content/mode'
import { NotFoundBody } from '@/components/site/NotFoundBody'
import { PickByParams } from '@/components/site/PickByParams'
import { SiteShell } from '@/components/site/SiteShell'

/**
 * Next gives not-found pages no params, so each language and mode is rendered here
 * and the client-side params pick one (during server rendering too, so it works without JavaScript).
 */
export default function NotFound() {
  const variants: Record<string, React.ReactNode> = {}
  for (const locale of locales) {
    for (const mode of modes) {
      variants[`${locale}/${mode}`] = (
        <SiteShell context={{ locale, mode, path: '/' }}>
          <NotFoundBody locale={locale} />
        </SiteShell>
      )
    }
  }
  return <PickByParams variants={variants} fallback="zh/standard" />
}
