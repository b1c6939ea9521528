import type { CollectionConfig } from 'payload'

import { nobody, staff } from '@/access'
import { dutyRoles, isStaffRole } from '../../options'
import { dutyRosterEndpoint } from '../../endpoints/dutyRoster'

/**
 * 值班与分工 — the volunteer roles an activity needs (开门值班, 茶座, 包饺子, 接送老人…), how many,
 * and who staff assigned. Recording the activity takes its defaults from here.
 */
export const Duties: CollectionConfig = {
  slug: 'duties',
  labels: { singular: { zh: '分工', en: 'Duty' }, plural: { zh: '值班与分工', en: 'Duties' } },
  admin: {
    useAsTitle: 'label',
    group: { zh: '志愿者队伍', en: 'The team' },
    hidden: ({ user }) => !isStaffRole(user),
    defaultColumns: ['activity', 'role', 'needed', 'volunteers'],
    components: { beforeListTable: ['/volunteers/components/DutyRosterLink#DutyRosterLink'] },
  },
  access: { read: staff, create: staff, update: staff, delete: staff, readVersions: nobody },
  endpoints: [dutyRosterEndpoint],
  hooks: {
    beforeChange: [
      ({ data }) => {
        const role = dutyRoles.find((r) => r.value === data.role)
        data.label = data.roleNote || role?.label.zh || data.role
        return data
      },
    ],
  },
  fields: [
    { name: 'activity', type: 'relationship', relationTo: 'activities', required: true, index: true, label: { zh: '活动', en: 'Activity' } },
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'select', required: true, label: { zh: '岗位', en: 'Role' }, options: dutyRoles.map((r) => ({ value: r.value, label: r.label })) },
        { name: 'roleNote', type: 'text', maxLength: 60, label: { zh: '岗位说明', en: 'Role, in words' } },
        { name: 'needed', type: 'number', min: 1, max: 200, defaultValue: 1, required: true, label: { zh: '需要人数', en: 'Needed' } },
      ],
    },
    { name: 'volunteers', type: 'relationship', relationTo: 'volunteers', hasMany: true, label: { zh: '安排的志愿者', en: 'Assigned volunteers' } },
    { name: 'label', type: 'text', admin: { hidden: true } },
  ],
}
