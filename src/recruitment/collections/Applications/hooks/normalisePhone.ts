import type { FieldHook } from 'payload'

import { normalisePhone as normalise } from '@/lib/recruitment/phone'

/** Staff typing a paper form in may write “138-0013-8000”: stored as 11 digits like online ones. */
export const normalisePhone: FieldHook = ({ value }) => (typeof value === 'string' ? (normalise(value) ?? value.trim()) : value)
