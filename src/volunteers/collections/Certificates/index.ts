import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, staff } from '@/access'
import { recordPersonalDataAccess } from '@/audit'
import { isStaffRole } from '../../options'
import { certificatePdfEndpoint } from '../../endpoints/certificatePdf'
import { snapshotCertificate } from './hooks/snapshotCertificate'

const never: FieldAccess = () => false
const system = { create: never, update: never }
const day = { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } as const

/**
 * 志愿服务证明 — issued for a volunteer and a period. On issue it takes a snapshot (name, hours,
 * service by kind, team, recording unit) that never changes afterwards; the only later change is
 * revocation, which is recorded (who, when, why). Never deleted.
 */
export const Certificates: CollectionConfig = {
  slug: 'certificates',
  labels: { singular: { zh: '志愿服务证明', en: 'Certificate' }, plural: { zh: '志愿服务证明', en: 'Certificates' } },
  admin: {
    useAsTitle: 'number',
    group: { zh: '志愿者队伍', en: 'The team' },
    hidden: ({ user }) => !isStaffRole(user),
    defaultColumns: ['number', 'name', 'periodFrom', 'periodTo', 'totalHours', 'issuedAt', 'revokedAt'],
    description: {
      zh: '开具后内容不再改变；如需更正请作废后重新开具。扫描证明上的二维码可公开核验（只显示打码的姓名）。',
      en: 'Once issued a certificate never changes; to correct one, revoke it and issue another. Its QR code opens a public check showing only the masked name.',
    },
  },
  defaultSort: '-issuedAt',
  access: { read: staff, create: staff, update: staff, delete: nobody, readVersions: nobody },
  endpoints: [certificatePdfEndpoint],
  hooks: { beforeChange: [snapshotCertificate], afterOperation: [recordPersonalDataAccess] },
  fields: [
    { name: 'number', type: 'text', unique: true, index: true, label: { zh: '证明编号', en: 'Number' }, access: system, admin: { readOnly: true } },
    { name: 'volunteer', type: 'relationship', relationTo: 'volunteers', required: true, index: true, label: { zh: '志愿者', en: 'Volunteer' } },
    {
      type: 'row',
      fields: [
        { name: 'periodFrom', type: 'date', required: true, label: { zh: '服务期间自', en: 'From' }, admin: day },
        { name: 'periodTo', type: 'date', required: true, label: { zh: '至', en: 'To' }, admin: day },
      ],
    },
    {
      name: 'printButton',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/volunteers/components/CertificatePdfLink#CertificatePdfLink' } },
    },
    { name: 'name', type: 'text', label: { zh: '姓名（开具时）', en: 'Name (at issue)' }, access: system, admin: { readOnly: true } },
    { name: 'totalHours', type: 'number', label: { zh: '服务时长合计（小时）', en: 'Total hours' }, access: system, admin: { readOnly: true } },
    { name: 'byKind', type: 'json', label: { zh: '按类别', en: 'By kind' }, access: system, admin: { readOnly: true, components: { Field: '/volunteers/components/ByKindField#ByKindField' } } },
    { name: 'teamName', type: 'text', label: { zh: '志愿服务组织', en: 'Team' }, access: system, admin: { readOnly: true } },
    { name: 'recordingUnit', type: 'text', label: { zh: '志愿服务记录单位', en: 'Recording unit' }, access: system, admin: { readOnly: true } },
    { name: 'issuedAt', type: 'date', label: { zh: '出具时间', en: 'Issued' }, access: system, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'issuedBy', type: 'relationship', relationTo: 'users', label: { zh: '出具人', en: 'Issued by' }, access: system, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'revoke',
      type: 'checkbox',
      virtual: true,
      label: { zh: '作废这份证明', en: 'Revoke this certificate' },
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.id && !data?.revokedAt) },
    },
    { name: 'revokeReason', type: 'text', maxLength: 300, label: { zh: '作废原因', en: 'Why revoked' }, admin: { position: 'sidebar', condition: (data) => Boolean(data?.id) } },
    { name: 'revokedAt', type: 'date', label: { zh: '作废时间', en: 'Revoked' }, access: system, admin: { readOnly: true, position: 'sidebar', condition: (d) => Boolean(d?.revokedAt) } },
    { name: 'revokedBy', type: 'relationship', relationTo: 'users', label: { zh: '作废人', en: 'Revoked by' }, access: system, admin: { readOnly: true, position: 'sidebar', condition: (d) => Boolean(d?.revokedAt) } },
  ],
}
