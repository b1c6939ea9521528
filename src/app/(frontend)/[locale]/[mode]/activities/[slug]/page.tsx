import { ActivityDetail } from '@/components/activities/ActivityDetail'
import { SignupBox } from '@/components/signup/SignupBox'
import { getPayloadClient } from '@/lib/content/payload'
import { detailPage, type DetailView } from '@/lib/content/detailPage'
import { getDictionary } from '@/lib/i18n'
import { eventJsonLd } from '@/lib/seo/jsonLd'
import { signupState } from '@/signup/public'

/** "Ended" follows the clock. */
export const revalidate = 300

export function generateStaticParams() {
  return []
}

const placeOf = ({ doc, settings, locale }: DetailView<'activities'>) => doc.place || settings.address || getDictionary(locale).activities.teamSpace

const { generateMetadata, DetailPage } = detailPage({
  collection: 'activities',
  metadata: (doc) => ({ title: doc.title, description: doc.summary, image: doc.cover }),
  jsonLd: (view) => eventJsonLd(view.doc, view.path, view.locale, view.settings, placeOf(view)),
  body: async (view) => {
    const state = await signupState(await getPayloadClient(), view.doc)
    const signup = <SignupBox state={state} locale={view.locale} slug={view.doc.slug ?? ''} phone={view.doc.contact || view.settings.contactPhone} />
    return <ActivityDetail activity={view.doc} locale={view.locale} mode={view.mode} place={placeOf(view)} phone={view.settings.contactPhone} signup={signup} />
  },
})

export { generateMetadata }
export default DetailPage
