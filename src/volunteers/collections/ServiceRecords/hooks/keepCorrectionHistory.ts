import { APIError, type CollectionBeforeChangeHook } from 'payload'


/** The fields a correction may change; each change is kept in `corrections`. */
export const correctableFields = ['volunteer', 'activityName', 'date', 'place', 'content', 'hours', 'kind', 'organiser', 'personInCharge', 'voided'] as const

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)
const shown = (value: unknown): string => {
  const v = idOf(value)
  if (v === null || v === undefined || v === '') return '—'
  return String(v)
}
const same = (a: unknown, b: unknown, field: string) => {
  if (field === 'date') return String(a ?? '').slice(0, 10) === String(b ?? '').slice(0, 10)
  if (field === 'hours') return Number(a) === Number(b)
  if (field === 'voided') return Boolean(a) === Boolean(b)
  return shown(a) === shown(b)
}

/**
 * Stamps who recorded a record and when; on a later change requires a reason and appends who,
 * when, why and each field's old and new value to `corrections`. Training records are marked (Art. 8).
 */
export const keepCorrectionHistory: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const reason = typeof data.correctionReason === 'string' ? data.correctionReason.trim() : ''
  delete data.correctionReason
  const userId = req.user?.collection === 'users' ? req.user.id : undefined
  if (operation === 'create') {
    data.recordedAt = new Date().toISOString()
    data.recordedBy = userId ?? null
    data.corrections = []
  } else if (originalDoc) {
    const changes = correctableFields
      .filter((field) => field in data && !same(originalDoc[field], data[field], field))
      .map((field) => `${field}: ${shown(field === 'date' ? String(originalDoc[field] ?? '').slice(0, 10) : originalDoc[field])} → ${shown(field === 'date' ? String(data[field] ?? '').slice(0, 10) : data[field])}`)
    if (changes.length > 0) {
      if (!reason) throw new APIError('修改志愿服务记录须写明原因 / A change to a service record needs a reason', 400, undefined, true)
      const history = Array.isArray(originalDoc.corrections) ? originalDoc.corrections : []
      data.corrections = [...history, { at: new Date().toISOString(), by: userId ?? null, reason, changes: changes.join('\n') }]
    } else {
      data.corrections = originalDoc.corrections
    }
    data.recordedAt = originalDoc.recordedAt
    data.recordedBy = idOf(originalDoc.recordedBy) ?? null
  }
  const kind = data.kind ?? originalDoc?.kind
  data.isTraining = kind === 'training'
  return data
}
