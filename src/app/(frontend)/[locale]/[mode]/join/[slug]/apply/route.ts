import { handleApplication, redirectToForm } from '@/recruitment/http'

type Context = { params: Promise<{ locale: string; slug: string }> }

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleApplication(request, await params)
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return redirectToForm(await params)
}
