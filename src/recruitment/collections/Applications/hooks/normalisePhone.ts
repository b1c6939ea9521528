import type { FieldHook } from 'payload'

import { storedPhone } from '@/recruitment/rules'

/** The phone rule (`rules.ts`), for applications written through Payload. */
export const normalisePhone: FieldHook = ({ value }) => (typeof value === 'string' ? storedPhone(value) : value)
