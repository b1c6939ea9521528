import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { encryptIdNumber, isIdNumber, maskIdNumber, normaliseIdNumber } from '../../../idNumber'

/**
 * The ID-card number typed into the virtual `idNumber` field is encrypted into `idNumberCipher`
 * and only its mask is kept readable; the plain value never reaches the database.
 * Without consent no number is kept (and withdrawing consent erases it).
 */
export const encryptIdField: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const typed = typeof data.idNumber === 'string' ? normaliseIdNumber(data.idNumber) : ''
  delete data.idNumber
  const consent = data.idConsent ?? originalDoc?.idConsent
  if (typed) {
    if (!consent) throw new APIError('登记身份证号须本人明确同意 / An ID-card number needs the volunteer’s explicit consent', 400, undefined, true)
    if (!isIdNumber(typed)) throw new APIError('身份证号格式不对 / Not a valid ID-card number', 400, undefined, true)
    data.idNumberCipher = encryptIdNumber(typed)
    data.idNumberMasked = maskIdNumber(typed)
  } else if (!consent) {
    data.idNumberCipher = null
    data.idNumberMasked = null
  }
  return data
}
