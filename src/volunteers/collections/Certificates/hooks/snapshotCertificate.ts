import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { newCertificateNumber, serviceTotals } from '../../../certificates'
import { chinaDate } from '../../../workingDays'

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? Number((v as { id: unknown }).id) : Number(v))
const refuse = (message: string) => new APIError(message, 400, undefined, true)

/**
 * Issue: computes the snapshot from the records. Afterwards: nothing may change except a single
 * revocation with its reason (stamped with who and when).
 */
export const snapshotCertificate: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const userId = req.user?.collection === 'users' ? req.user.id : null
  if (operation === 'create') {
    const volunteerId = idOf(data.volunteer)
    const from = chinaDate(String(data.periodFrom))
    const to = chinaDate(String(data.periodTo))
    if (to < from) throw refuse('结束日期不能早于开始日期 / The period must not end before it starts')
    const volunteer = await req.payload.findByID({ collection: 'volunteers', id: volunteerId, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!volunteer) throw refuse('找不到这位志愿者 / No such volunteer')
    const settings = await req.payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0, req })
    const totals = await serviceTotals(req.payload, volunteerId, from, to, req)
    const now = new Date()
    delete data.revoke
    return {
      ...data,
      number: newCertificateNumber(now),
      periodFrom: new Date(`${from}T00:00:00+08:00`).toISOString(),
      periodTo: new Date(`${to}T00:00:00+08:00`).toISOString(),
      name: volunteer.name,
      totalHours: totals.totalHours,
      byKind: totals.byKind,
      teamName: settings.teamName || '',
      recordingUnit: (settings as { recordingUnit?: string | null }).recordingUnit || '',
      issuedAt: now.toISOString(),
      issuedBy: userId,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    }
  }
  const original = originalDoc as Record<string, unknown>
  const revoking = data.revoke === true && !original.revokedAt
  delete data.revoke
  const frozen = ['volunteer', 'periodFrom', 'periodTo']
  for (const field of frozen) {
    if (field in data && String(idOf(data[field]) || data[field]) !== String(idOf(original[field]) || original[field])) {
      if (field === 'volunteer' ? idOf(data[field]) !== idOf(original[field]) : chinaDate(String(data[field])) !== chinaDate(String(original[field])))
        throw refuse('已开具的证明不能修改；请作废后重新开具 / An issued certificate cannot change: revoke it and issue another')
    }
  }
  const kept = Object.fromEntries(Object.keys(original).filter((k) => !['id', 'updatedAt', 'createdAt'].includes(k)).map((k) => [k, original[k]]))
  if (revoking) {
    const reason = typeof data.revokeReason === 'string' ? data.revokeReason.trim() : ''
    if (!reason) throw refuse('请写明作废原因 / Say why it is revoked')
    return { ...kept, volunteer: idOf(original.volunteer), issuedBy: original.issuedBy ? idOf(original.issuedBy) : null, revokedAt: new Date().toISOString(), revokedBy: userId, revokeReason: reason }
  }
  return { ...kept, volunteer: idOf(original.volunteer), issuedBy: original.issuedBy ? idOf(original.issuedBy) : null, revokedBy: original.revokedBy ? idOf(original.revokedBy) : null }
}
