export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/** A tappable phone number that never wraps at its hyphens (an inline style, so validators see it too). */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a className="tel" href={telHref(phone)} style={{ whiteSpace: 'nowrap' }}>
      {phone}
    </a>
  )
}
