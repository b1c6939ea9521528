import type { Payload } from 'payload'

type Props = { payload?: Payload; i18n?: { language?: string } }

/** The team's own name where Payload shows its logo (the sign-in page): social workers sign in to their team's site, not to "Payload". */
export async function TeamName({ payload, i18n }: Props) {
  const locale = i18n?.language === 'en' ? 'en' : 'zh'
  const settings = payload
    ? await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'zh', depth: 0, overrideAccess: true }).catch(() => undefined)
    : undefined
  const team = settings?.teamName?.trim() || (locale === 'en' ? 'Linli volunteers' : '邻里志愿服务队')
  const community = settings?.communityName?.trim()
  return (
    <div className="linli-team-name" style={{ textAlign: 'center' }}>
      <strong style={{ display: 'block', fontSize: '1.75rem', lineHeight: 1.3 }}>{team}</strong>
      {community ? <span style={{ display: 'block', marginTop: '0.25rem', opacity: 0.75 }}>{community}</span> : null}
    </div>
  )
}

/** The small mark in the admin's navigation: the team's first character instead of Payload's icon. */
export async function TeamMark({ payload, i18n }: Props) {
  const locale = i18n?.language === 'en' ? 'en' : 'zh'
  const settings = payload
    ? await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'zh', depth: 0, overrideAccess: true }).catch(() => undefined)
    : undefined
  const team = settings?.teamName?.trim() || '邻里'
  return (
    <span aria-label={team} title={team} style={{ display: 'inline-grid', placeItems: 'center', width: '1.75rem', height: '1.75rem', borderRadius: '50%', background: 'var(--theme-elevation-800)', color: 'var(--theme-elevation-0)', fontWeight: 700 }}>
      {Array.from(team)[0]}
    </span>
  )
}
