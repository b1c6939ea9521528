import { handleOwnerAction } from '@/signup/http'

type Context = { params: Promise<{ locale: string; reference: string; token: string }> }

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleOwnerAction(request, await params, 'cancel')
}
