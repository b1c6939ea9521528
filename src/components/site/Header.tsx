import { localePath } from '@/lib/content/paths'
import { elderModeHref } from '@/lib/content/mode'
import type { Dictionary } from '@/lib/i18n'
import { getDictionary } from '@/lib/i18n'
import type { SiteSetting } from '@/payload-types'
import type { PageContext } from './types'

const sections = [
  ['activities', '/activities'],
  ['stories', '/stories'],
  ['join', '/join'],
  ['cases', '/cases'],
  ['search', '/search'],
] as const satisfies readonly (readonly [keyof Dictionary['nav'], string])[]

const isCurrent = (path: string, section: string) => path === section || path.startsWith(`${section}/`)

export function Header({ context, settings }: { context: PageContext; settings: SiteSetting }) {
  const { locale, mode, path } = context
  const t = getDictionary(locale)
  const other = locale === 'zh' ? 'en' : 'zh'
  const here = localePath(locale, path)
  const elder = mode === 'elder'
  const tools = [
    <a
      key="language"
      className="tool"
      href={localePath(other, path)}
      hrefLang={getDictionary(other).htmlLang}
      lang={getDictionary(other).htmlLang}
      title={t.switchLanguageLabel}
    >
      {t.switchLanguage}
    </a>,
    <a key="mode" className="tool" href={elderModeHref(!elder, here)} rel="nofollow" title={elder ? t.elderOffLabel : t.elderOnLabel}>
      {elder ? t.elderOff : t.elderOn}
    </a>,
  ]
  return (
    <header className="site-header">
      <div className="container header-top">
        <a className="brand" href={localePath(locale, '/')}>
          <span className="brand-team">{settings.teamName || t.siteFallbackName}</span>
          {settings.communityName ? <span className="brand-community">{settings.communityName}</span> : null}
        </a>
        {elder ? null : <div className="tools">{tools}</div>}
      </div>
      <nav aria-label={t.nav.label}>
        <ul className="container nav-list">
          <li>
            <a href={localePath(locale, '/')} aria-current={path === '/' ? 'page' : undefined}>
              {t.nav.home}
            </a>
          </li>
          {sections.map(([key, section]) => (
            <li key={key}>
              <a href={localePath(locale, section)} aria-current={isCurrent(path, section) ? 'page' : undefined}>
                {t.nav[key]}
              </a>
            </li>
          ))}
          {/* Elder mode: the two switches join the menu's grid, so the header is three short rows (issue 14, point 6). */}
          {elder ? tools.map((tool) => <li key={tool.key} className="nav-tool">{tool}</li>) : null}
        </ul>
      </nav>
    </header>
  )
}
