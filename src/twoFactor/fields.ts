import type { Field, FieldAccess } from 'payload'

const never: FieldAccess = () => false
/** Written only by the two-factor sign-in and endpoints (Local API, database), never through the API's create or update. */
const systemOnly = { create: never, update: never }
const secret = { read: never, create: never, update: never }

/** The two-factor columns of a staff account, and the panel that manages them in the admin. */
export const twoFactorFields: Field[] = [
  {
    name: 'twoFactorEnabledAt',
    type: 'date',
    label: { zh: '两步验证', en: 'Two-factor' },
    access: systemOnly,
    // A column of the users list; in the form the panel below shows it.
    admin: { readOnly: true, condition: () => false, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'twoFactorPanel',
    type: 'ui',
    label: { zh: '两步验证', en: 'Two-factor sign-in' },
    admin: { position: 'sidebar', components: { Field: '/twoFactor/components/TwoFactorPanel#TwoFactorPanel' } },
  },
  // The TOTP secret, sealed with a key derived from PAYLOAD_SECRET; the last step used (no code works twice);
  // the recovery codes as salted hashes.
  { name: 'totpSecret', type: 'text', hidden: true, access: secret },
  { name: 'totpLastStep', type: 'number', hidden: true, access: secret },
  { name: 'recoveryCodes', type: 'json', hidden: true, access: secret },
]
