import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import styles from '@/components/signup/Signup.module.css'
import { SiteShell } from '@/components/site/SiteShell'
import { formatDateTimeRange } from '@/lib/content/dates'
import { getPayloadClient } from '@/lib/content/payload'
import { documentPath, isLocale } from '@/lib/content/paths'
import { pageContext } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { qrSvg } from '@/print/qr'
import { textFor } from '@/signup/messages'
import { labelOf, signupStatuses } from '@/signup/options'
import { findOwnedSignup } from '@/signup/owner'
import { checkInUrl, signupPath } from '@/signup/paths'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' }

type Props = { params: Promise<{ locale: string; mode: string; reference: string; token: string }>; searchParams: Promise<{ done?: string; new?: string }> }

/** The private page of one sign-up (the confirmation page, and the link in every mail): see it, change the party size, cancel. No account. */
export default async function SignupPage({ params, searchParams }: Props) {
  const { locale, mode, reference, token } = await params
  if (!isLocale(locale)) notFound()
  // In the site's shell like every page a resident reaches (header, elder mode, footer).
  const context = await pageContext(Promise.resolve({ locale, mode }), `/signup/${reference}/${token}`)
  const payload = await getPayloadClient()
  const signup = await findOwnedSignup(payload, decodeURIComponent(reference), decodeURIComponent(token))
  if (!signup) notFound()
  const { done } = await searchParams
  const t = textFor(locale)
  const settings = await getSiteSettings(locale)
  const a = signup.activity
  const base = signupPath(signup.reference, signup.token, locale)
  const title = signup.status === 'confirmed' ? t.confirmedTitle : signup.status === 'waitlisted' ? t.waitlistedTitle : t.cancelledTitle
  const qr = await qrSvg(checkInUrl(signup.reference), { margin: 2 })
  const open = signup.status !== 'cancelled' && Date.now() < Date.parse(a.startsAt) && !a.signup?.cancelled
  const maxParty = Math.max(1, a.signup?.maxParty ?? 2)
  const note = done?.startsWith('noRoom-') ? t.noRoom(Number(done.slice(7)) || 0) : done === 'changed' ? t.changed : ''
  return (
    <SiteShell context={context}>
      <article className="article">
        <h1>{title}</h1>
        {note ? (
          <p className={styles.alert} role="status">
            {note}
          </p>
        ) : null}
        <dl className="facts">
          <div><dt>{t.activity}</dt><dd><a href={documentPath('activities', a.slug ?? '', locale)}>{a.title}</a></dd></div>
          <div><dt>{t.when}</dt><dd>{formatDateTimeRange(a.startsAt, a.endsAt, locale)}</dd></div>
          <div><dt>{t.where}</dt><dd>{a.place || settings.address}</dd></div>
          <div><dt>{t.status}</dt><dd>{labelOf(signupStatuses, signup.status, locale)}{signup.position ? (locale === 'zh' ? `（第 ${signup.position} 位）` : ` (number ${signup.position})`) : ''}</dd></div>
          <div><dt>{t.partyNow}</dt><dd>{t.partyOption(signup.partySize)}</dd></div>
        </dl>
        {signup.status !== 'cancelled' ? (
          <div className={styles.ticket}>
            <p>{t.reference}</p>
            <p className={styles.reference}>{signup.reference}</p>
            <div className={styles.qr} role="img" aria-label={`${t.reference} ${signup.reference}`} dangerouslySetInnerHTML={{ __html: qr }} />
            <p>{t.showAtDoor}</p>
            <p>{t.keepLink}</p>
            <a className="button" href={`${base}/calendar.ics`} download>
              {t.addToCalendar}
            </a>
          </div>
        ) : null}
        {open ? (
          <>
            <h2>{t.changeParty}</h2>
            <form className={styles.inline} method="post" action={`${base}/change`}>
              <div className={styles.field}>
                <label htmlFor="partySize">{t.party}</label>
                <select id="partySize" name="partySize" defaultValue={String(signup.partySize)}>
                  {Array.from({ length: maxParty }, (_, i) => (
                    <option key={i + 1} value={i + 1}>
                      {t.partyOption(i + 1)}
                    </option>
                  ))}
                </select>
              </div>
              <button className="button secondary" type="submit">
                {t.save}
              </button>
            </form>
            <h2>{t.cancel}</h2>
            <form method="post" action={`${base}/cancel`}>
              <button className="button secondary" type="submit">
                {t.cancelConfirm}
              </button>
            </form>
          </>
        ) : null}
      </article>
    </SiteShell>
  )
}
