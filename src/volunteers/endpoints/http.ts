import type { PayloadRequest } from 'payload'

import { isStaffUser } from '@/access/roles'

/** The answer for anyone who is not an admin or social worker, or null for staff. */
export function refuseUnlessStaff(req: PayloadRequest): Response | null {
  if (isStaffUser(req.user)) return null
  return Response.json({ errors: [{ message: req.user ? 'Forbidden' : 'Unauthorized' }] }, { status: req.user ? 403 : 401 })
}

export const badRequest = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })
export const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

export async function jsonBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = req.json ? await req.json() : {}
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
