import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { getPayloadClient } from '@/lib/content/payload'
import { isLocale } from '@/lib/content/paths'
import { findCallForForm } from '@/lib/recruitment/calls'
import { FORM_STATE_HEADER, openFormState } from '@/lib/recruitment/formState'
import { formTexts } from '@/lib/recruitment/messages'
import { recruitmentPaths } from '@/lib/recruitment/paths'
import { ApplicationForm } from './ApplicationForm'
import styles from './ApplicationForm.module.css'

export const correctionMetadata: Metadata = { robots: { index: false, follow: false } }

/** Rendered per request from the sealed state the apply handler sends; without it, back to the form. */
export async function CorrectionPage({ locale, slug }: { locale: string; slug?: string }) {
  if (!isLocale(locale)) notFound()
  const call = slug ? await findCallForForm(await getPayloadClient(), slug, locale) : undefined
  if (slug && !call) notFound()
  const state = openFormState((await headers()).get(FORM_STATE_HEADER))
  if (!state) redirect(recruitmentPaths.form(locale, slug))
  const t = formTexts[locale]
  return (
    <main className={styles.page}>
      <p className={styles.eyebrow}>{call ? call.title : t.generalHeading}</p>
      <h1>{t.correctHeading}</h1>
      <ApplicationForm locale={locale} call={call} state={state} />
    </main>
  )
}
