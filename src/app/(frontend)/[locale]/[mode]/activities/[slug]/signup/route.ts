import { documentPath, isLocale } from '@/lib/content/paths'
import { handleSignup } from '@/signup/http'

type Context = { params: Promise<{ locale: string; slug: string }> }

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleSignup(request, await params)
}

/** A GET (a bookmark, a reload) goes back to the activity's form. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params
  return new Response(null, { status: 303, headers: { location: `${documentPath('activities', slug, isLocale(locale) ? locale : 'zh')}#signup` } })
}
