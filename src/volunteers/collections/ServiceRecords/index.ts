import type { CollectionConfig, FieldAccess } from 'payload'

import { nobody, staff } from '@/access'
import { recordPersonalDataAccess } from '@/audit'
import { activityKinds } from '@/collections/Activities/kinds'
import { isStaffRole } from '../../options'
import { exportRecordsCsv } from '../../endpoints/exportCsv'
import { recordActivityEndpoints } from '../../endpoints/recordActivity'
import { keepCorrectionHistory } from './hooks/keepCorrectionHistory'

const never: FieldAccess = () => false
const systemOnly = { create: never, update: never }

/**
 * 志愿服务记录 — one volunteer's service at one activity, with what Art. 7 of
 * 《志愿服务记录与证明出具办法》 asks (activity name, date, place, content, actual hours, organising
 * unit, person in charge) and who recorded it when. Never deleted: a wrong record is corrected
 * (with who, when and why kept) or voided; training activities make training records (Art. 8).
 */
export const ServiceRecords: CollectionConfig = {
  slug: 'service-records',
  labels: { singular: { zh: '志愿服务记录', en: 'Service record' }, plural: { zh: '志愿服务记录', en: 'Service records' } },
  admin: {
    useAsTitle: 'activityName',
    group: { zh: '志愿者队伍', en: 'The team' },
    hidden: ({ user }) => !isStaffRole(user),
    defaultColumns: ['volunteer', 'activityName', 'date', 'hours', 'kind', 'voided'],
    pagination: { defaultLimit: 50 },
    components: { beforeListTable: ['/volunteers/components/ExportButtons#RecordExportButtons'] },
    description: {
      zh: '记录不会被删除：改动须写明原因并留下修改记录；记错的可以作废。导出用于手工录入全国志愿服务信息系统（是导出，不是同步）。',
      en: 'Records are never deleted: a change needs a reason and is kept in the history; a wrong one can be voided. Exports are for typing into the national system by hand (an export, not a sync).',
    },
  },
  defaultSort: '-date',
  access: { read: staff, create: staff, update: staff, delete: nobody, readVersions: nobody },
  endpoints: [exportRecordsCsv, ...recordActivityEndpoints],
  hooks: { beforeChange: [keepCorrectionHistory], afterOperation: [recordPersonalDataAccess] },
  fields: [
    { name: 'volunteer', type: 'relationship', relationTo: 'volunteers', required: true, index: true, label: { zh: '志愿者', en: 'Volunteer' } },
    { name: 'activity', type: 'relationship', relationTo: 'activities', index: true, label: { zh: '活动', en: 'Activity' } },
    {
      type: 'row',
      fields: [
        { name: 'activityName', type: 'text', required: true, maxLength: 160, label: { zh: '活动名称', en: 'Activity' } },
        { name: 'date', type: 'date', required: true, index: true, label: { zh: '服务日期', en: 'Date' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
        { name: 'hours', type: 'number', required: true, min: 0, max: 24, label: { zh: '服务时长（小时）', en: 'Hours' }, admin: { step: 0.5, description: { zh: '实际服务时间。', en: 'Actual time served.' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', maxLength: 160, label: { zh: '地点', en: 'Place' } },
        { name: 'kind', type: 'select', index: true, label: { zh: '服务类别', en: 'Kind' }, options: activityKinds.map((k) => ({ value: k.value, label: k.label })) },
      ],
    },
    { name: 'content', type: 'textarea', maxLength: 1000, label: { zh: '服务内容', en: 'What the service was' } },
    {
      type: 'row',
      fields: [
        { name: 'organiser', type: 'text', maxLength: 120, label: { zh: '组织单位', en: 'Organising unit' } },
        { name: 'personInCharge', type: 'text', maxLength: 40, label: { zh: '负责人', en: 'Person in charge' } },
      ],
    },
    { name: 'isTraining', type: 'checkbox', index: true, label: { zh: '培训记录', en: 'Training record' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'voided', type: 'checkbox', defaultValue: false, index: true, label: { zh: '已作废', en: 'Voided' }, admin: { position: 'sidebar', description: { zh: '作废的记录不计时长，但保留。', en: 'A voided record counts no hours but is kept.' } } },
    { name: 'recordedBy', type: 'relationship', relationTo: 'users', label: { zh: '记录人', en: 'Recorded by' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'recordedAt', type: 'date', label: { zh: '记录时间', en: 'Recorded at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'correctionReason',
      type: 'text',
      virtual: true,
      maxLength: 300,
      label: { zh: '修改原因（修改已有记录时必填）', en: 'Reason for the change (required when changing a record)' },
      admin: { condition: (data) => Boolean(data?.id) },
    },
    {
      name: 'corrections',
      type: 'array',
      label: { zh: '修改记录', en: 'Corrections' },
      access: systemOnly,
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', required: true, label: { zh: '时间', en: 'When' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'by', type: 'relationship', relationTo: 'users', label: { zh: '修改人', en: 'By' } },
            { name: 'reason', type: 'text', required: true, label: { zh: '原因', en: 'Why' } },
          ],
        },
        { name: 'changes', type: 'textarea', required: true, label: { zh: '改了什么（原值 → 新值）', en: 'What changed (before → after)' } },
      ],
    },
  ],
}
