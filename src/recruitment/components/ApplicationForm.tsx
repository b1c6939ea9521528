import { PublicForm } from '@/forms/PublicForm'
import type { Locale } from '@/lib/content/paths'
import { applyAction } from '@/recruitment/actions'
import { emptyValues, FORM_ID } from '@/recruitment/form'
import { formErrorMessage, formTexts } from '@/recruitment/messages'
import { getCourtyardOptions, getPrivacyNotice } from '@/recruitment/pageData'
import { recruitmentPaths } from '@/recruitment/paths'
import { limits } from '@/recruitment/validation'
import styles from './ApplicationForm.module.css'
import { ApplicationFields } from './ApplicationFields'

import type { CallChoice } from '@/recruitment/calls'
import { ageOptionsFor } from '@/recruitment/options'

/** The call as the form needs it (`findCallForForm` gives it whole): its minimum age and choices shape the fields. */
export type ApplicationFormCall = { id: number; slug: string; title: string; isOpen: boolean; minimumAge?: number; choices?: CallChoice[] }

const id = (field: string) => `${FORM_ID}-${field}`

/**
 * The application form, for one recruitment call or the general “join the team” form when `call`
 * is absent: the shared public form (`src/forms/PublicForm`) sending to the server action, so it
 * works without JavaScript and is enhanced when it runs.
 */
export async function ApplicationForm({ locale, call }: { locale: Locale; call?: ApplicationFormCall }) {
  const t = formTexts[locale]
  if (call && !call.isOpen) {
    return (
      <section className={styles.closed} data-application-form={call.slug} aria-labelledby={id('closed')}>
        <h2 id={id('closed')}>{t.closedHeading}</h2>
        <p>{t.closedBody}</p>
        <p>
          <a href={recruitmentPaths.openCalls(locale)} className={styles.buttonLink}>
            {t.openCalls}
          </a>
        </p>
      </section>
    )
  }

  const [courtyards, notice] = await Promise.all([getCourtyardOptions(locale), getPrivacyNotice(locale)])
  return (
    <section className={styles.section} data-application-form={call?.slug ?? 'general'} aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{call ? t.heading : t.generalHeading}</h2>
      <p className={styles.hint}>{t.intro}</p>
      <PublicForm
        id={FORM_ID}
        action={applyAction.bind(null, { locale, slug: call?.slug })}
        initialState={{ values: emptyValues, errors: {} }}
        challengeUrl={recruitmentPaths.challenge}
        texts={{ submit: t.submit, submitting: t.submitting, errorSummary: t.errorSummary, network: formErrorMessage(locale, 'network'), honeypot: t.honeypot }}
        classes={{ form: styles.form, summary: styles.summary, formError: styles.formError, trap: styles.trap, status: styles.status, button: styles.button }}
      >
        <ApplicationFields
          locale={locale}
          t={t}
          courtyards={courtyards.map((c) => ({ id: c.id, name: c.name }))}
          notice={{ text: notice.text, version: notice.version }}
          limits={limits}
          ageOptions={ageOptionsFor(call?.minimumAge).map((a) => ({ value: a.value, label: a.label }))}
          choices={(call?.choices ?? []).map((c) => ({ value: c.id, label: { zh: c.label, en: c.label } }))}
        />
      </PublicForm>
    </section>
  )
}
