import { localePath } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import type { SiteSetting } from '@/payload-types'
import type { PageContext } from './types'

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

export function Footer({ context, settings }: { context: PageContext; settings: SiteSetting }) {
  const { locale } = context
  const t = getDictionary(locale)
  return (
    <footer className="site-footer">
      <div className="container">
        <div className="footer-grid">
          <section aria-labelledby="footer-team">
            <h2 id="footer-team">{settings.teamName || t.siteFallbackName}</h2>
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
                    <a className="tel" href={telHref(settings.contactPhone)}>
                      {settings.contactPhone}
                    </a>
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
          </section>
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
