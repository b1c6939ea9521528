import { clientAddress } from '@/forms/clientAddress'

/** The address a sign-in comes from (as the application form's limits see it); undefined for the Local API, which has no client. */
export function signInClient(headers: Headers | undefined): string | undefined {
  if (!headers || typeof headers.get !== 'function' || !headers.get('host')) return undefined
  return clientAddress(headers)
}
