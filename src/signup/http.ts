import { handleFormPost } from '@/forms/endpoint'
import { parseForm, PRIVATE_HEADERS as PRIVATE, type SubmittedForm } from '@/forms/http'
import { getPayloadClient } from '@/lib/content/payload'
import { documentPath, isLocale } from '@/lib/content/paths'
import { getDictionary } from '@/lib/i18n'
import { readSignupSettings } from './globals/SignupSettings'
import { cancelSignup, changePartySize } from './commands'
import { databasePool } from './db'
import { textFor } from './messages'
import { signupPath } from './paths'
import { signupForm } from './publicForm'
import { refreshActivityPage } from './refreshActivityPage'

/**
 * POST /activities/[slug]/signup: the sign-up endpoint for clients other than the activity page
 * (whose form sends through its server action, `actions.ts`), e.g. the bench: JSON with
 * `Accept: application/json` (201 and the confirmation page's address), otherwise a 303 to the
 * private confirmation page or a plain page with the message and a way back.
 */
export async function handleSignup(request: Request, params: { locale: string; slug: string }): Promise<Response> {
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  return handleFormPost(signupForm, request, {
    locale,
    target: { locale, slug: params.slug },
    lang: getDictionary(locale).htmlLang,
    back: { href: `${documentPath('activities', params.slug, locale)}#signup`, label: textFor(locale).back },
  })
}

/** POST /signup/[reference]/[token]/change and …/cancel: the private link's actions, answered with the page again. */
export async function handleOwnerAction(request: Request, params: { locale: string; reference: string; token: string }, action: 'change' | 'cancel'): Promise<Response> {
  if (!isLocale(params.locale)) return new Response('Not found', { status: 404 })
  const locale = params.locale
  const owner = { reference: decodeURIComponent(params.reference), token: decodeURIComponent(params.token) }
  const form = await parseForm(request).catch((): SubmittedForm => ({ get: () => null, getAll: () => [] }))
  const payload = await getPayloadClient()
  const settings = await readSignupSettings(payload)
  const pool = databasePool(payload)
  let note = ''
  let placesChanged = false
  if (action === 'cancel') {
    const outcome = await cancelSignup(pool, owner, { moveUpCutoffHours: settings.moveUpCutoffHours })
    if (outcome.kind === 'notFound') return new Response('Not found', { status: 404, headers: PRIVATE })
    note = 'cancelled'
    placesChanged = outcome.kind === 'cancelled'
  } else {
    const outcome = await changePartySize(pool, owner, Number(form.get('partySize')), { moveUpCutoffHours: settings.moveUpCutoffHours })
    if (outcome.kind === 'notFound') return new Response('Not found', { status: 404, headers: PRIVATE })
    note = outcome.kind === 'noRoom' ? `noRoom-${outcome.placesLeft}` : outcome.kind
    placesChanged = outcome.kind === 'changed'
  }
  if (placesChanged) await refreshActivityPage(pool, { reference: owner.reference })
  return new Response(null, { status: 303, headers: { location: `${signupPath(owner.reference, owner.token, locale)}?done=${note}`, ...PRIVATE } })
}
