import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PhoneLink } from '@/components/site/PhoneLink'
import { isLocale } from '@/lib/content/paths'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { thanksTexts } from '@/recruitment/messages'
import { recruitmentPaths } from '@/recruitment/paths'
import { parseReference } from '@/recruitment/reference'
import styles from './ApplicationForm.module.css'

/** The confirmation: the reference and what happens next, nothing about the person. */
export async function ThanksPage({ locale, reference: raw }: { locale: string; reference: string }) {
  const reference = parseReference(raw)
  if (!isLocale(locale) || !reference) notFound()
  const t = thanksTexts[locale]
  const settings = await getSiteSettings(locale)
  return (
    <main className={styles.page}>
      <h1>{t.title}</h1>
      <p>{t.lead}</p>
      <div className={styles.reference}>
        <p>{t.reference}</p>
        <p className={styles.referenceCode}>{reference}</p>
        <p className={styles.hint}>{t.referenceHint}</p>
      </div>
      <h2>{t.nextHeading}</h2>
      <ol className={styles.steps}>
        {t.next.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      {settings.contactPhone ? (
        <p>
          {t.contact} <PhoneLink phone={settings.contactPhone} />
        </p>
      ) : (
        <p>{t.withdraw}</p>
      )}
      <p>
        <Link href={recruitmentPaths.openCalls(locale)}>{t.back}</Link>
      </p>
    </main>
  )
}
