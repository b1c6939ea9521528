import { notFound } from 'next/navigation'

import { PhoneLink } from '@/components/site/PhoneLink'
import { SiteShell } from '@/components/site/SiteShell'
import { getPayloadClient } from '@/lib/content/payload'
import { pageContext, type RouteParams } from '@/lib/content/route'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { thanksTexts } from '@/recruitment/messages'
import { recruitmentPaths } from '@/recruitment/paths'
import { readThanks } from '@/recruitment/thanks'
import styles from './ApplicationForm.module.css'

/** The confirmation, in the site's shell: the reference, the call's own next steps and what happens next, nothing about the person. */
export async function ThanksPage({ params, reference: raw }: { params: Promise<RouteParams>; reference: string }) {
  const context = await pageContext(params, `/join/thanks/${encodeURIComponent(raw)}`)
  const { locale } = context
  const thanks = await readThanks(await getPayloadClient(), raw, locale)
  if (!thanks) notFound()
  const t = thanksTexts[locale]
  const settings = await getSiteSettings(locale)
  const { reference, call } = thanks
  return (
    <SiteShell context={context}>
      <div className={styles.page}>
        <h1>{t.title}</h1>
        <p>{call ? t.leadForCall.replace('{call}', call.title) : t.lead}</p>
        <div className={styles.reference}>
          <p>{t.reference}</p>
          <p className={styles.referenceCode}>{reference}</p>
          <p className={styles.hint}>{t.referenceHint}</p>
        </div>
        {call?.nextSteps.length ? (
          <>
            <h2>{t.callStepsHeading}</h2>
            <ul className={styles.steps} data-next-steps="">
              {call.nextSteps.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
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
          <a href={recruitmentPaths.openCalls(locale)}>{t.back}</a>
        </p>
      </div>
    </SiteShell>
  )
}
