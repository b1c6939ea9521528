import type { Locale } from '@/lib/content/paths'

export type ApplicationFormCall = { id: number; slug: string; title: string; isOpen: boolean }

/** The online application form: for one recruitment call, or the general "join the team" form when `call` is absent. */
export function ApplicationForm({ locale, call }: { locale: Locale; call?: ApplicationFormCall }) {
  return (
    <section data-application-form={call?.slug ?? 'general'}>
      <p>{locale === 'zh' ? '报名表即将上线。' : 'The application form is coming soon.'}</p>
    </section>
  )
}
