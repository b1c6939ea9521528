import { siteUrl } from '@/lib/content/paths'
import { normalisePhone } from '@/recruitment/phone'
import { readSignupSettings } from '@/signup/globals/SignupSettings'
import { cancelSignup, confirmFromWaitlist, markPhoned, recordAttendance, recordCheckOut, signUp } from '@/signup/commands'
import { databasePool } from '@/signup/db'
import { refreshActivityPage } from '@/signup/refreshActivityPage'
import { staffFromRequest } from '@/signup/staff'

const PRIVATE = { 'cache-control': 'private, no-store' }

/**
 * Only the site's own pages post here. Browsers say where a request comes from (Fetch Metadata:
 * `Sec-Fetch-Site`); a cross-site form is refused. Clients that send neither header (scripts with
 * a token) are not browsers carrying someone's cookie. The Origin is compared with the site's
 * address otherwise: behind the request layer Next may see another host name than the browser.
 */
function sameOrigin(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin' || site === 'none'
  const origin = request.headers.get('origin')
  if (!origin) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  const ours = [request.headers.get('host'), request.headers.get('x-forwarded-host'), new URL(request.url).host, new URL(siteUrl()).host]
  return ours.includes(host)
}

/** POST /staff/actions: every button on the staff pages, each through the sign-up commands (the activity's lock). */
export async function POST(request: Request): Promise<Response> {
  if (!sameOrigin(request)) return new Response('Forbidden', { status: 403, headers: PRIVATE })
  const staff = await staffFromRequest(request)
  if (!staff) return new Response('Unauthorized', { status: 401, headers: PRIVATE })
  const form = new URLSearchParams(await request.text())
  const back = form.get('back') ?? '/staff/signups'
  const safeBack = back.startsWith('/staff/') && !back.startsWith('//') ? back : '/staff/signups'
  const pool = databasePool(staff.payload)
  const id = Number(form.get('id'))
  const settings = await readSignupSettings(staff.payload)
  let note = 'done'
  switch (form.get('action')) {
    case 'cancel':
      if ((await cancelSignup(pool, { id }, { moveUpCutoffHours: settings.moveUpCutoffHours })).kind === 'cancelled') await refreshActivityPage(pool, { signupId: id })
      break
    case 'confirm': {
      const r = await confirmFromWaitlist(pool, id)
      if (r.kind === 'confirmed') await refreshActivityPage(pool, { signupId: id })
      else note = 'noRoom'
      break
    }
    case 'phoned':
      await markPhoned(pool, id)
      break
    case 'attended':
    case 'noShow':
      await recordAttendance(pool, id, form.get('action') as 'attended' | 'noShow')
      break
    case 'undo':
      await recordAttendance(pool, id, null)
      break
    case 'checkedOut':
      note = (await recordCheckOut(pool, id)).kind
      break
    case 'undoCheckOut':
      await recordCheckOut(pool, id, { undo: true })
      break
    case 'phoneSignup': {
      const phone = normalisePhone(form.get('phone') ?? '')
      const name = (form.get('name') ?? '').trim().slice(0, 60)
      if (!phone || !name) {
        note = 'invalid'
        break
      }
      const mobility = form.get('mobility')
      const r = await signUp(pool, {
        activityId: Number(form.get('activityId')),
        name,
        phone,
        partySize: Number(form.get('partySize') ?? 1),
        pickup: form.get('pickup') === 'on',
        diet: form.get('diet')?.trim().slice(0, 120) || null,
        mobility: mobility === 'limited' || mobility === 'wheelchair' ? mobility : null,
        note: form.get('note')?.trim().slice(0, 500) || null,
        source: 'phone',
      })
      note = r.kind
      if (r.kind === 'confirmed' || r.kind === 'waitlisted') await refreshActivityPage(pool, { signupId: r.id })
      break
    }
    default:
      return new Response('Bad request', { status: 400, headers: PRIVATE })
  }
  const location = `${safeBack}${safeBack.includes('?') ? '&' : '?'}note=${note}`
  return new Response(null, { status: 303, headers: { location, ...PRIVATE } })
}
