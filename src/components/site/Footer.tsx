import { localePath } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { SiteSetting } from '@/payload-types'
import { PhoneLink } from './PhoneLink'
import type { PageContext } from './types'


export function Footer({ context, settings }: { context: PageContext; settings: SiteSetting }) {
  const { locale } = context
  const t = getDictionary(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <div className="footer-grid">
          {/* Not a named region: its heading is the team name, which already names the home page's first region. */}
          <div>
            <h2>{settings.teamName || t.siteFallbackName}</h2>
            <dl>
              {settings.address ? (
                <>
                  <dt>{t.footer.address}</dt>
                  <dd>{settings.address}</dd>
                </>
              ) : null}
              {settings.openingHours ? (
                <>
                  <dt>{t.footer.openingHours}</dt>
                  <dd>{settings.openingHours}</dd>
                </>
              ) : null}
              {settings.contactPhone ? (
                <>
                  <dt>{t.footer.phone}</dt>
                  <dd>
                    <PhoneLink phone={settings.contactPhone} />
                  </dd>
                </>
              ) : null}
              {settings.contactEmail ? (
                <>
                  <dt>{t.footer.email}</dt>
                  <dd>
                    <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>
                  </dd>
                </>
              ) : null}
            </dl>
          </div>
          <nav aria-labelledby="footer-more">
            <h2 id="footer-more">{t.nav.about}</h2>
            <ul className="footer-links">
              <li>
                <a href={localePath(locale, '/about')}>{t.nav.about}</a>
              </li>
              <li>
                <a href={localePath(locale, '/calendar.ics')}>{t.footer.calendar}</a>
              </li>
              <li>
                <a href={localePath(locale, '/feed.xml')}>{t.footer.feed}</a>
              </li>
              <li>
                <a href="/admin" rel="nofollow">
                  {t.footer.admin}
                </a>
              </li>
            </ul>
          </nav>
        </div>
        {settings.footer ? <p className="footer-note">{settings.footer}</p> : null}
      </div>
    </footer>
  )
}
