import { notFound } from 'next/navigation'

/** Any path no route matches renders the localized not-found page inside the site layout. */
export default function UnknownPage(): never {
  notFound()
}
