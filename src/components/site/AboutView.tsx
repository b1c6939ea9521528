import { getDictionary } from '@/lib/i18n'
import type { Locale } from '@/lib/content/paths'
import type { SiteSetting } from '@/payload-types'
import { Facts } from './Facts'
import { PhoneLink } from './PhoneLink'

export function AboutView({ locale, settings }: { locale: Locale; settings: SiteSetting }) {
  const t = getDictionary(locale)
  const name = [settings.communityName, settings.teamName].filter(Boolean).join(' · ')
  const facts: [string, React.ReactNode][] = []
  if (settings.address) facts.push([t.footer.address, settings.address])
  if (settings.openingHours) facts.push([t.footer.openingHours, settings.openingHours])
  if (settings.contactPhone) facts.push([t.footer.phone, <PhoneLink phone={settings.contactPhone} />])
  if (settings.contactEmail) facts.push([t.footer.email, <a href={`mailto:${settings.contactEmail}`}>{settings.contactEmail}</a>])
  return (
    <article className="article">
      <header className="page-head">
        <h1>{t.about.title}</h1>
        {name ? <p className="lead">{name}</p> : null}
      </header>
      {(settings.introduction ?? '')
        .split(/\n+/)
        .filter(Boolean)
        .map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      {facts.length ? (
        <section aria-labelledby="about-contact">
          <h2 id="about-contact">{t.about.contact}</h2>
          <Facts facts={facts} />
        </section>
      ) : null}
    </article>
  )
}
