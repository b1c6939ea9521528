import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'

import { SignupForm } from '@/components/signup/SignupForm'
import styles from '@/components/signup/Signup.module.css'
import { getPayloadClient } from '@/lib/content/payload'
import { documentPath, isLocale } from '@/lib/content/paths'
import { FORM_STATE_HEADER, openFormState } from '@/lib/recruitment/formState'
import type { SignupFormState } from '@/signup/http'
import { textFor } from '@/signup/messages'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

type Props = { params: Promise<{ locale: string; slug: string }> }

/** The activity's sign-up form again, with messages and what was typed: fetched by the sign-up handler for a JavaScript-off visitor. */
export default async function SignupFormAgain({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const state = openFormState((await headers()).get(FORM_STATE_HEADER)) as unknown as SignupFormState | undefined
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'activities', where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] }, limit: 1, depth: 0, locale, overrideAccess: false })
  const activity = docs[0]
  if (!activity) notFound()
  const t = textFor(locale)
  return (
    <article className="article">
      <h1>{activity.title}</h1>
      <section className={styles.box} id="signup">
        <h2>{t.heading}</h2>
        <SignupForm
          locale={locale}
          slug={slug}
          maxParty={Math.max(1, activity.signup?.maxParty ?? 2)}
          questions={(activity.signup?.questions ?? []) as string[]}
          full={false}
          values={state?.values}
          errors={state?.errors}
          formError={state?.formError}
        />
      </section>
      <p>
        <a href={documentPath('activities', slug, locale)}>{t.back}</a>
      </p>
    </article>
  )
}
