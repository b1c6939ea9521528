import { privatePdfResponse } from '@/print/pdf'
import { signInSheetPdf } from '@/signup/sheet'
import { loadOverview, staffFromRequest } from '@/signup/staff'

/** The printable A4 sign-in sheet (签到表) of one activity. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await staffFromRequest(request)
  if (!staff) return new Response('Unauthorized', { status: 401 })
  const o = await loadOverview(staff, Number((await params).id))
  if (!o) return new Response('Not found', { status: 404 })
  const settings = await staff.payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const people = [...o.confirmed].sort((a, b) => a.name.localeCompare(b.name, 'zh-Hans-CN-u-co-pinyin'))
  const pdf = await signInSheetPdf(o.activity, people, settings.teamName ?? '')
  return privatePdfResponse(pdf, `sign-in-${o.activity.id}.pdf`)
}
