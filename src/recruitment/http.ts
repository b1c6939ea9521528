import { handleFormPost } from '@/forms/endpoint'
import { isLocale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { formTexts } from './messages'
import { recruitmentPaths } from './paths'
import { applicationForm } from './submit'

/**
 * POST …/join/[slug]/apply and …/join/apply: the applications endpoint for clients other than the
 * form page (whose form sends through its server action, `actions.ts`): JSON with
 * `Accept: application/json`, otherwise a 303 to the thanks page or a plain page with the message.
 */
export async function handleApplication(request: Request, params: { locale: string; slug?: string }): Promise<Response> {
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  return handleFormPost(applicationForm, request, {
    locale,
    target: { locale, slug: params.slug },
    lang: getDictionary(locale).htmlLang,
    back: { href: recruitmentPaths.form(locale, params.slug), label: formTexts[locale].backToForm },
  })
}

/** A GET on the apply address (a bookmark, a reload after an error) goes back to the form. */
export function redirectToForm(params: { locale: string; slug?: string }): Response {
  const locale = isLocale(params.locale) ? params.locale : 'zh'
  return new Response(null, { status: 303, headers: { location: recruitmentPaths.form(locale, params.slug) } })
}
