import type { ReactNode } from 'react'

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * A tappable phone number that never wraps at its hyphens (an inline style, so validators see it too);
 * with `children`, a larger call button whose label comes before the number.
 */
export function PhoneLink({ phone, className = 'tel', children }: { phone: string; className?: string; children?: ReactNode }) {
  return (
    <a className={className} href={telHref(phone)} style={{ whiteSpace: 'nowrap' }}>
      {children}
      {children ? <span className="call-number">{phone}</span> : phone}
    </a>
  )
}
